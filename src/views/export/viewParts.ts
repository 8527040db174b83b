/**
 * What an exported figure takes from a view's DOM besides its drawing: the legend (by the
 * data-legend-* contract that components/Legend writes) and the row labels a view
 * draws in HTML beside its SVG. Read from the live page, so the figure shows what the person sees.
 */

/** A CSS colour from a value that may be a variable reference ("var(--status-member)"). */
function resolveColour(value: string, context: Element, view: Window): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(value.trim());
  return variable?.[1] === undefined ? value : view.getComputedStyle(context).getPropertyValue(variable[1]).trim() || value;
}

export function isVisibleColour(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour);
}

export type LegendSwatch = { kind: 'colour'; colour: string; hatch: boolean } | { kind: 'svg'; element: SVGSVGElement };

export interface LegendEntry {
  label: string;
  swatch: LegendSwatch | null;
}

export interface ViewLegend {
  title: string | null;
  entries: LegendEntry[];
}

/** Visible words of an element, one space between the texts of its parts ("Member" + "10" → "Member 10"). */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('.visually-hidden, svg') != null) continue;
    const text = node.textContent?.trim() ?? '';
    if (text !== '') parts.push(text);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function swatchOf(item: Element, view: Window): LegendSwatch | null {
  const svg = item.querySelector('svg');
  if (svg instanceof SVGSVGElement) return { kind: 'svg', element: svg };
  for (const el of [item, ...item.querySelectorAll('*')]) {
    const style = view.getComputedStyle(el);
    if (isVisibleColour(style.backgroundColor) && el !== item) return { kind: 'colour', colour: style.backgroundColor, hatch: false };
    const gradientColour = /rgba?\([^)]*\)|#[0-9a-f]{3,8}/i.exec(style.backgroundImage)?.[0];
    if (style.backgroundImage.includes('gradient') && gradientColour !== undefined) return { kind: 'colour', colour: gradientColour, hatch: true };
  }
  return null;
}

/**
 * The legend a view shows, by the contract components/Legend writes: the container carries
 * `data-legend-title`, each entry `data-legend-label` and, for a plain colour swatch,
 * `data-legend-color` (and `data-legend-hatch`); an entry without a colour gives its own SVG swatch.
 */
export function readLegend(region: Element, view: Window = window): ViewLegend {
  const titled = region.querySelector('[data-legend-title]');
  if (titled === null) return { title: null, entries: [] };
  return {
    title: titled.getAttribute('data-legend-title'),
    entries: [...titled.querySelectorAll('[data-legend-label]')].map((el) => {
      const colour = el.getAttribute('data-legend-color');
      return {
        label: el.getAttribute('data-legend-label') ?? '',
        swatch: colour === null ? swatchOf(el, view) : { kind: 'colour', colour: resolveColour(colour, el, view), hatch: el.hasAttribute('data-legend-hatch') },
      };
    }),
  };
}

/** A text label drawn in HTML beside the drawing (a row name left of a chart), placed relative to the drawing. */
export interface SideLabel {
  text: string;
  /** Left and right edges and vertical centre, relative to the drawing's top-left (right ≤ 0: left of it). */
  left: number;
  right: number;
  middle: number;
  fontSize: string;
  fontWeight: string;
  colour: string;
  /** A pill behind the text (a chosen theme's highlight), relative to the drawing like the text. */
  pill: { x: number; y: number; width: number; height: number; radius: number; colour: string } | null;
}

/** The background right behind a label: its own or a close ancestor's (a button around it), not a whole panel's. */
function pillOf(el: Element, region: Element, origin: DOMRect, view: Window): SideLabel['pill'] {
  const height = el.getBoundingClientRect().height;
  for (let a: Element | null = el; a !== null && a !== region; a = a.parentElement) {
    const rect = a.getBoundingClientRect();
    if (rect.height > height * 2) return null;
    const style = view.getComputedStyle(a);
    if (isVisibleColour(style.backgroundColor)) {
      return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height, radius: parseFloat(style.borderTopLeftRadius) || 0, colour: style.backgroundColor };
    }
  }
  return null;
}

/**
 * Row labels that a view draws in HTML left of its SVG (the timeline's theme names): without them
 * an exported chart would have unnamed rows. Any element of the region holding its own text, lying
 * left of the drawing and within its height, outside a legend, counts.
 */
export function sideLabels(region: Element, drawing: Element, view: Window = window): SideLabel[] {
  const box = drawing.getBoundingClientRect();
  const labels: SideLabel[] = [];
  for (const el of region.querySelectorAll('*')) {
    if (el.closest('svg, canvas, [data-legend-title], .visually-hidden') !== null) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent?.trim() ?? '') !== '');
    if (!ownText) continue;
    const rect = el.getBoundingClientRect();
    const middle = rect.top + rect.height / 2;
    if (rect.width === 0 || rect.right > box.left + 1 || middle < box.top || middle > box.bottom) continue;
    const style = view.getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    labels.push({
      text: visibleText(el),
      left: rect.left - box.left,
      right: rect.right - box.left - parseFloat(style.paddingRight || '0'),
      middle: middle - box.top,
      fontSize: style.fontSize,
      fontWeight: style.fontWeight,
      colour: style.color,
      pill: pillOf(el, region, box, view),
    });
  }
  return labels.filter((l) => l.text !== '');
}

/** The background the drawing sits on inside its view (the map's ocean), when it differs from the region's. */
export function drawingBackground(region: Element, drawing: Element, view: Window): string | null {
  for (let el: Element | null = drawing; el !== null && el !== region; el = el.parentElement) {
    const colour = view.getComputedStyle(el).backgroundColor;
    if (isVisibleColour(colour)) return colour;
  }
  return null;
}

/**
 * The years a chart shows when no range is chosen (the timeline's axis), from its drawing's
 * `data-shown-years="2020 2025"`: an exported title then names the years of the grid under it.
 */
export function readShownYears(region: Element | null): [number, number] | null {
  const raw = region?.querySelector('[data-shown-years]')?.getAttribute('data-shown-years') ?? '';
  const match = /^(\d{4}) (\d{4})$/.exec(raw);
  return match === null ? null : [Number(match[1]), Number(match[2])];
}
