import { estimateTextWidth } from '../../components/labelPlacement';
import { labelFont, LABEL_FONT_SIZE } from './sceneLabels';

/**
 * Label widths from the browser's own text metrics, cached per text. Falls back to an estimate
 * where there is no canvas (jsdom, which only logs "not implemented" for getContext).
 */
export function createTextMeasure(fontSize = LABEL_FONT_SIZE, font = labelFont(fontSize)): (text: string) => number {
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
