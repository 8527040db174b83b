import type { ScoData } from '../model/schema';
import { SourcesDialog } from '../components/SourcesDialog';
import { ThemePicker } from '../components/ThemePicker';
import { PresentToolbar } from '../views/present/PresentToolbar';

interface AppHeaderProps {
  data: ScoData;
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
      <PresentToolbar />
    </header>
  );
}
