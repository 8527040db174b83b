import { estimateTextWidth } from '../model/labelPlacement';

/** The app's sans-serif stack (--font-sans in app.css), for text measured on a canvas. */
export const SANS_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/**
 * Text widths (labels) from the browser's own text metrics, in a CSS `font` shorthand, cached per text. Falls back to an estimate
 * where there is no canvas (jsdom, which only logs "not implemented" for getContext).
 */
export function createTextMeasure(font: string, fontSize: number): (text: string) => number {
  const cache = new Map<string, number>();
  const canMeasure = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
  const context = canMeasure ? document.createElement('canvas').getContext('2d') : null;
  if (context !== null) context.font = font;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context !== null ? context.measureText(text).width : estimateTextWidth(text, fontSize);
      cache.set(text, width);
    }
    return width;
  };
}
