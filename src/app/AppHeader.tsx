import type { ScoData } from '../model/schema';
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
  data: ScoData;
  /** The data as shipped, which own articles are added to. */
  shipped: ScoData;
}

export function AppHeader({ data, shipped }: AppHeaderProps) {
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
        <AddArticlesDialog shipped={shipped} />
        <PresentToolbar />
        <CopyLinkButton />
        <ExportDialog />
      </div>
    </header>
  );
}
