/**
 * A view as a stand-alone SVG figure: the view's drawing with its computed styles inlined (CSS
 * variables resolve to colours, so the file looks the same anywhere), composed with a title, the
 * view's legend and a source line. The drawing is found by DOM convention, not by reaching into the
 * view's code: the view's drawing for figures, else the largest <svg> or <canvas> in its named region.
 */
import { VIEW_REGION_LABEL, type ViewId } from '../../state/viewState';
import { FIGURE, figureLayout } from './figureLayout';
import { drawingBackground, isVisibleColour, readLegend, sideLabels, type LegendSwatch } from './viewParts';

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

/**
 * The view's main drawing: the drawing the view made for figures (`data-figure-drawing`, drawn off
 * screen at a figure's size, with every label), else the largest svg or canvas in the region that
 * is not part of a legend.
 */
export function mainDrawing(region: Element): SVGSVGElement | HTMLCanvasElement | null {
  const forFigures = region.querySelector('svg[data-figure-drawing]');
  if (forFigures instanceof SVGSVGElement && area(forFigures) > 0) return forFigures;
  const candidates = [...region.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter(
    (el) => !(el instanceof SVGSVGElement && el.ownerSVGElement !== null) && el.closest('[data-legend-title], li') === null,
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
