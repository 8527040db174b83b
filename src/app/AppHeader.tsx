import type { ScoCore } from '../model/core';
import { SourcesDialog } from '../components/SourcesDialog';
import { ThemePicker } from '../components/ThemePicker';
import { ExportDialog } from '../views/export/ExportDialog';
import { PresentToolbar } from '../views/present/PresentToolbar';
import { CopyLinkButton } from '../views/share/CopyLinkButton';
import { GlobalSearch } from '../views/search/GlobalSearch';

interface AppHeaderProps {
  data: ScoCore;
}

export function AppHeader({ data }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>SCO Atlas</h1>
        <p className="app-header__subtitle">The Shanghai Cooperation Organisation: membership, themes and voices</p>
      </div>
      <div className="app-header__meta">
        <span>
          Membership data as of <time dateTime={data.referenceAsOf}>{data.referenceAsOf}</time>
        </span>
        <span aria-hidden="true">·</span>
        <span>
          {data.articles.length} {data.articles.length === 1 ? 'article' : 'articles'}, {data.experts.length}{' '}
          {data.experts.length === 1 ? 'expert' : 'experts'}
        </span>
        <span aria-hidden="true">·</span>
        <SourcesDialog data={data} />
        <ThemePicker />
      </div>
      <GlobalSearch />
      <div className="header-tools" role="group" aria-label="Present and share">
        <PresentToolbar />
        <CopyLinkButton />
        <ExportDialog />
      </div>
    </header>
  );
}
