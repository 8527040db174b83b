import type { ScoCore } from '../model/core';
import { ownArticleCount } from '../state/ownData';
import { SourcesDialog } from '../components/SourcesDialog';
import { ThemePicker } from '../components/ThemePicker';
import { AddArticlesDialog } from '../views/addArticles/AddArticlesDialog';
import { ExportDialog } from '../views/export/ExportDialog';
import { PresentToolbar } from '../views/present/PresentToolbar';
import { CopyLinkButton } from '../views/share/CopyLinkButton';
import { GlobalSearch } from '../views/search/GlobalSearch';
import { AppBrand } from './AppBrand';

interface AppHeaderProps {
  /** The data shown. */
  data: ScoCore;
}

export function AppHeader({ data }: AppHeaderProps) {
  const own = ownArticleCount(data);
  return (
    <header className="app-header">
      <AppBrand />
      <div className="app-header__meta">
        <span>
          Membership data as of <time dateTime={data.referenceAsOf}>{data.referenceAsOf}</time>
        </span>
        <span aria-hidden="true">·</span>
        <span>
          {data.articles.length} {data.articles.length === 1 ? 'article' : 'articles'}
          {own > 0 && (
            <>
              {' '}
              <span className="own-tag">{own} yours</span>
            </>
          )}
          , {data.experts.length} {data.experts.length === 1 ? 'expert' : 'experts'}
        </span>
        <span aria-hidden="true">·</span>
        <SourcesDialog data={data} />
        <ThemePicker />
      </div>
      <GlobalSearch />
      <div className="header-tools" role="group" aria-label="Add, present and share">
        <AddArticlesDialog />
        <PresentToolbar />
        <CopyLinkButton />
        <ExportDialog />
      </div>
    </header>
  );
}
