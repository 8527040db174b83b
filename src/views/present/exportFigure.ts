/**
 * A view as a stand-alone SVG figure: the view's drawing with its computed styles inlined (CSS
 * variables resolve to colours, so the file looks the same anywhere), composed with a title, the
 * view's legend and a source line. The drawing is found by DOM convention, not by reaching into the
 * view's code: the largest <svg> or <canvas> inside the view's named region.
 */
import type { ViewId } from '../../state/viewState';
import { FIGURE, figureLayout } from './figureLayout';

export const VIEW_REGION_LABEL: Record<ViewId, string> = {
  map: 'Membership map',
  timeline: 'Theme timeline',
  network: 'Expert network',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the live drawing: what a class in a stylesheet may set. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'vector-effect',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

export function findViewRegion(view: ViewId, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`section[aria-label="${VIEW_REGION_LABEL[view]}"]`);
}

function area(element: Element): number {
  const rect = element.getBoundingClientRect();
  return rect.width * rect.height;
}

/** The view's main drawing: the largest svg or canvas in the region that is not part of a legend. */
export function mainDrawing(region: Element): SVGSVGElement | HTMLCanvasElement | null {
  const candidates = [...region.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter(
    (el) => !(el instanceof SVGSVGElement && el.ownerSVGElement !== null) && el.closest('[data-legend], .legend, [aria-label="Legend"], li') === null,
  );
  let best: SVGSVGElement | HTMLCanvasElement | null = null;
  for (const el of candidates) if (best === null || area(el) > area(best)) best = el;
  return best !== null && area(best) > 0 ? best : null;
}

/** Copies the computed presentation style of every element of `original` onto its clone. */
export function inlineStyles(original: Element, clone: Element, view: Window = window): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((el, i) => {
    const target = clones[i];
    if (target === undefined) return;
    const computed = view.getComputedStyle(el);
    if (computed.display === 'none') {
      hidden.push(target);
      return;
    }
    const declarations = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`);
    target.setAttribute('style', declarations.join(';'));
    // Focus rings and hover outlines are states of the live app, not of the figure.
    target.removeAttribute('tabindex');
  });
  for (const el of hidden) el.remove();
}

/** A CSS colour from a value that may be a variable reference ("var(--status-member)"). */
function resolveColour(value: string, context: Element, view: Window): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(value.trim());
  return variable?.[1] === undefined ? value : view.getComputedStyle(context).getPropertyValue(variable[1]).trim() || value;
}

function isVisibleColour(colour: string): boolean {
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
 * The legend a view shows. Preferred convention: items carry `data-legend-label` and
 * `data-legend-color` (and the container `data-legend-title`). Fallback: the list items of a
 * `.legend` or `[aria-label="Legend"]` list, their visible text, and the swatch drawn beside it.
 */
export function readLegend(region: Element, view: Window = window): ViewLegend {
  const marked = [...region.querySelectorAll('[data-legend-label]')];
  if (marked.length > 0) {
    const titled = region.querySelector('[data-legend-title]');
    return {
      title: titled?.getAttribute('data-legend-title') ?? null,
      entries: marked.map((el) => {
        const colour = el.getAttribute('data-legend-color');
        return {
          label: el.getAttribute('data-legend-label') ?? '',
          swatch: colour === null ? swatchOf(el, view) : { kind: 'colour', colour: resolveColour(colour, el, view), hatch: el.hasAttribute('data-legend-hatch') },
        };
      }),
    };
  }
  const container = region.querySelector('.legend, [aria-label="Legend"]');
  if (container === null) return { title: null, entries: [] };
  const titleElement = container.querySelector('.legend__title');
  return {
    title: titleElement === null ? null : visibleText(titleElement),
    entries: [...container.querySelectorAll('li')].map((li) => ({ label: visibleText(li), swatch: swatchOf(li, view) })),
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
    if (el.closest('svg, canvas, .legend, [aria-label="Legend"], .visually-hidden') !== null) continue;
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
function drawingBackground(region: Element, drawing: Element, view: Window): string | null {
  for (let el: Element | null = drawing; el !== null && el !== region; el = el.parentElement) {
    const colour = view.getComputedStyle(el).backgroundColor;
    if (isVisibleColour(colour)) return colour;
  }
  return null;
}

export interface FigureMeta {
  title: string;
  sourceLine: string;
}

export interface Figure {
  markup: string;
  width: number;
  height: number;
}

function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function drawingClone(drawing: SVGSVGElement | HTMLCanvasElement, box: { x: number; y: number; width: number; height: number }, view: Window): SVGElement {
  const doc = drawing.ownerDocument;
  if (drawing instanceof HTMLCanvasElement) {
    const image = svgElement(doc, 'image', { ...box, preserveAspectRatio: 'none' });
    image.setAttribute('href', drawing.toDataURL('image/png'));
    return image;
  }
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  inlineStyles(drawing, clone, view);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
  for (const [key, value] of Object.entries(box)) clone.setAttribute(key, String(value));
  clone.removeAttribute('class');
  return clone;
}

function legendSwatch(doc: Document, swatch: LegendSwatch | null, x: number, y: number, view: Window): SVGElement | null {
  const size = FIGURE.swatch;
  if (swatch === null) return null;
  if (swatch.kind === 'svg') {
    const clone = swatch.element.cloneNode(true) as SVGSVGElement;
    inlineStyles(swatch.element, clone, view);
    const rect = swatch.element.getBoundingClientRect();
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${rect.width || size} ${rect.height || size}`);
    for (const [key, value] of Object.entries({ x, y, width: size, height: size })) clone.setAttribute(key, String(value));
    return clone;
  }
  const group = svgElement(doc, 'g', {});
  group.appendChild(svgElement(doc, 'rect', { x, y, width: size, height: size, rx: 2, fill: swatch.hatch ? 'none' : swatch.colour, stroke: swatch.colour, 'stroke-width': 1.5 }));
  if (swatch.hatch) {
    for (let d = 4; d < size * 2; d += 5) {
      const x1 = x + Math.max(0, d - size);
      const y1 = y + Math.min(size, d);
      const x2 = x + Math.min(size, d);
      const y2 = y + Math.max(0, d - size);
      group.appendChild(svgElement(doc, 'line', { x1, y1, x2, y2, stroke: swatch.colour, 'stroke-width': 1.5 }));
    }
  }
  return group;
}

/** The figure for one view, or null when the view has drawn nothing yet. */
export function buildFigure(view: ViewId, meta: FigureMeta, root: Document = document): Figure | null {
  const win = root.defaultView ?? window;
  const region = findViewRegion(view, root);
  const drawing = region === null ? null : mainDrawing(region);
  if (region === null || drawing === null) return null;
  const rect = drawing.getBoundingClientRect();
  const legend = readLegend(region, win);
  const labels = sideLabels(region, drawing, win);
  // Room for the row labels left of the drawing, as wide as they are on screen.
  const gutter = Math.ceil(Math.max(0, ...labels.map((l) => -Math.min(l.left, l.pill?.x ?? 0))));
  const layout = figureLayout({
    drawingWidth: Math.round(rect.width) + gutter,
    drawingHeight: Math.round(rect.height),
    title: meta.title,
    legendTitle: legend.title,
    legendLabels: legend.entries.map((e) => e.label),
    sourceLine: meta.sourceLine,
  });

  const regionStyle = win.getComputedStyle(region);
  const background = isVisibleColour(regionStyle.backgroundColor) ? regionStyle.backgroundColor : '#ffffff';
  const ink = regionStyle.color || '#000000';
  const muted = win.getComputedStyle(root.documentElement).getPropertyValue('--color-text-muted').trim() || ink;
  const font = win.getComputedStyle(root.body).fontFamily || 'sans-serif';

  const svg = svgElement(root, 'svg', { xmlns: SVG_NS, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` });
  svg.appendChild(svgElement(root, 'rect', { width: layout.width, height: layout.height, fill: background }));
  const text = (t: { text: string; x: number; y: number }, size: number, colour: string, weight = 'normal') => {
    const element = svgElement(root, 'text', { x: t.x, y: t.y, 'font-size': size, 'font-family': font, 'font-weight': weight, fill: colour });
    element.textContent = t.text;
    svg.appendChild(element);
  };
  for (const line of layout.title) text(line, FIGURE.titleSize, ink, 'bold');
  const drawingBox = { x: layout.drawing.x + gutter, y: layout.drawing.y, width: Math.round(rect.width), height: layout.drawing.height };
  const behind = drawingBackground(region, drawing, win);
  if (behind !== null) svg.appendChild(svgElement(root, 'rect', { ...drawingBox, fill: behind }));
  svg.appendChild(drawingClone(drawing, drawingBox, win));
  for (const label of labels) {
    if (label.pill !== null) {
      const { x, y, width, height, radius, colour } = label.pill;
      svg.appendChild(svgElement(root, 'rect', { x: drawingBox.x + x, y: drawingBox.y + y, width, height, rx: Math.min(radius, height / 2), fill: colour }));
    }
    const element = svgElement(root, 'text', {
      x: drawingBox.x + label.right,
      y: drawingBox.y + label.middle,
      'text-anchor': 'end',
      'dominant-baseline': 'central',
      'font-size': label.fontSize,
      'font-weight': label.fontWeight,
      'font-family': font,
      fill: label.colour,
    });
    element.textContent = label.text;
    svg.appendChild(element);
  }
  if (layout.legendTitle !== null) text(layout.legendTitle, FIGURE.legendSize, ink, 'bold');
  for (const item of layout.legend) {
    const swatch = legendSwatch(root, legend.entries[item.index]?.swatch ?? null, item.x, item.y, win);
    if (swatch !== null) svg.appendChild(swatch);
    text(item.label, FIGURE.legendSize, ink);
  }
  for (const line of layout.source) text(line, FIGURE.sourceSize, muted);

  const markup = new XMLSerializer().serializeToString(svg);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width: layout.width, height: layout.height };
}
