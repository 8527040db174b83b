import type { MapFile } from '../model/mapFile';
import { AppBrand } from './AppBrand';
import { HeaderMeta } from './HeaderMeta';

interface HeaderWhileLoadingProps {
  map: MapFile;
}

/** The header's tools as AppHeader shows them (AddArticlesDialog, PresentToolbar, CopyLinkButton, ExportDialog). */
const TOOLS = [
  { label: 'Add articles', primary: false },
  { label: 'Present', primary: true },
  { label: 'Edit story', primary: false },
  { label: 'Copy link', primary: false },
  { label: 'Export', primary: false },
];

/**
 * The header while the map draws from its map file and the core is still loading: the same
 * elements as AppHeader, its counts from the map file and its tools disabled until the data is in,
 * so nothing below moves when they arrive (no layout shift).
 */
export function HeaderWhileLoading({ map }: HeaderWhileLoadingProps) {
  const own = map.articleYears.reduce((n, [, , ownThatYear]) => n + ownThatYear, 0);
  const sources = (
    <button type="button" className="link-button" disabled>
      Sources
    </button>
  );
  return (
    <header className="app-header" aria-busy="true">
      <AppBrand />
      <HeaderMeta referenceAsOf={map.referenceAsOf} articles={map.core.articles} own={own} experts={map.core.experts} sources={sources} />
      <div className="global-search" role="search">
        <label htmlFor="global-search-loading" className="visually-hidden">
          Search experts, countries, themes, organisations, quotes and articles (loading)
        </label>
        <input id="global-search-loading" className="global-search__input" type="text" disabled placeholder="Search experts, countries, quotes…" />
        <kbd className="global-search__key" aria-hidden="true">
          /
        </kbd>
      </div>
      <div className="header-tools" role="group" aria-label="Add, present and share">
        {TOOLS.map(({ label, primary }) => (
          <button key={label} type="button" className={primary ? 'tool-button tool-button--primary' : 'tool-button'} disabled>
            {label}
          </button>
        ))}
      </div>
    </header>
  );
}
