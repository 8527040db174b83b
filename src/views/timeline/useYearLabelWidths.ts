import { useMemo } from 'react';
import { appliedColorTheme, useColorThemeStore } from '../../state/colorTheme';
import { createTextMeasure, SANS_FONT_STACK } from '../../components/textMeasure';
import { estimateYearLabelWidths, type YearLabelWidths } from './yearLabels';

/** The year strip's widest type: .timeline-year--articles in timeline.css (bold, 1.05 rem). */
const YEAR_EM = 1.05;

/** Widths of "2026" and "’26" as the strip draws them now: the projector theme's type is larger. */
export function useYearLabelWidths(): YearLabelWidths {
  const theme = useColorThemeStore(appliedColorTheme);
  return useMemo(() => {
    const rootPx = typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const fontPx = rootPx * YEAR_EM;
    const measure = createTextMeasure(`700 ${fontPx}px ${SANS_FONT_STACK}`, fontPx);
    const estimate = estimateYearLabelWidths(fontPx);
    // Digits differ little between fonts; never trust a measure below the estimate's lower bound.
    return { full: Math.max(measure('2026'), estimate.full * 0.8), short: Math.max(measure('’26'), estimate.short * 0.8) };
    // The theme decides the root font size that getComputedStyle reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theme]);
}
