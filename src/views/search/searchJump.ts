/**
 * What choosing a search result does: put the result in the store (views meet there), then bring
 * the view that shows it into sight and move the focus to its details, as the view itself does
 * when its own list is used. Views are found by their landmark names, as the exporter finds them.
 */
import type { SearchTarget } from '../../model/searchIndex';
import type { SearchHit } from '../../model/searchQuery';
import { safeHref } from '../../model/safeHref';
import { useAtlasStore } from '../../state/store';
import { VIEW_REGION_LABEL, type ViewId } from '../../state/viewState';

/** Where a result is shown, and the sentence that tells a screen reader what happened. */
export interface JumpOutcome {
  view: ViewId | null;
  announcement: string;
}

export function applySearchTarget(target: SearchTarget, title: string, open: (url: string) => void = openInNewTab): JumpOutcome {
  const store = useAtlasStore.getState();
  switch (target.kind) {
    case 'expert':
      store.selectExpert(target.expertId);
      return { view: 'network', announcement: `${title}: details in the expert network.` };
    case 'country':
      store.selectCountry(target.iso3);
      return { view: 'map', announcement: `${title}: selected on the map.` };
    case 'theme':
      if (!store.themes.includes(target.themeId)) store.toggleTheme(target.themeId);
      return { view: 'timeline', announcement: `Every view now shows the theme ${title}.` };
    case 'article': {
      const href = safeHref(target.url);
      if (href !== null) {
        open(href);
        return { view: null, announcement: `${title}: opened in a new tab.` };
      }
      store.setRange([target.year, target.year]);
      return { view: 'timeline', announcement: `Every view now shows ${target.year}, the year of ${title}.` };
    }
  }
}

function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** Frames to wait for the details heading: a view may draw the selection a few frames later (a deferred update, a lazy decode). */
const HEADING_WAIT_FRAMES = 30;

/** After the views have drawn the change: scroll the view into sight and focus its details heading. */
export function revealView(view: ViewId, focusDetails: boolean): void {
  let framesLeft = HEADING_WAIT_FRAMES;
  const focusHeading = (region: HTMLElement) => {
    // DetailsPanel's heading (tabindex -1): the same place the view's own list sends the focus.
    const heading = region.querySelector<HTMLElement>('[aria-labelledby] > header > h3[tabindex="-1"]');
    if (heading !== null) heading.focus({ preventScroll: true });
    else if (--framesLeft > 0) requestAnimationFrame(() => focusHeading(region));
  };
  requestAnimationFrame(() => {
    const region = document.querySelector<HTMLElement>(`section[aria-label="${VIEW_REGION_LABEL[view]}"]`);
    if (region === null) return;
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    region.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    if (focusDetails) focusHeading(region);
  });
}

export function jumpTo(hit: Pick<SearchHit, 'target' | 'title'>): string {
  const outcome = applySearchTarget(hit.target, hit.title);
  if (outcome.view !== null) revealView(outcome.view, hit.target.kind === 'expert' || hit.target.kind === 'country');
  return outcome.announcement;
}
