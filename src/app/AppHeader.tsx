import type { ScoCore } from '../model/core';
import { ownArticleCount } from '../state/ownData';
import { SourcesDialog } from '../components/SourcesDialog';
import { AddArticlesDialog } from '../views/addArticles/AddArticlesDialog';
import { ExportDialog } from '../views/export/ExportDialog';
import { PresentToolbar } from '../views/present/PresentToolbar';
import { CopyLinkButton } from '../views/share/CopyLinkButton';
import { GlobalSearch } from '../views/search/GlobalSearch';
import { AppBrand } from './AppBrand';
import { HeaderMeta } from './HeaderMeta';

interface AppHeaderProps {
  /** The data shown. */
  data: ScoCore;
}

export function AppHeader({ data }: AppHeaderProps) {
  const own = ownArticleCount(data);
  return (
    <header className="app-header">
      <AppBrand />
      <HeaderMeta referenceAsOf={data.referenceAsOf} articles={data.articles.length} own={own} experts={data.experts.length} sources={<SourcesDialog data={data} />} />
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
