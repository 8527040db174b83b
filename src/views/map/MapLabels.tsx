import { useMemo } from 'react';
import { useZoomPanContext } from 'react-simple-maps';
import { createTextMeasure, SANS_FONT_STACK } from '../../components/textMeasure';
import type { Box } from '../../model/labelPlacement';
import { appliedColorTheme, useColorThemeStore, type ColorTheme } from '../../state/colorTheme';
import { placeMapLabels, type LabelRequest, type LabelSite, type LabelTier } from './mapLabels';
import './mapLabels.css';

/** Name sizes in px per theme: the projector's are read from the back of a room. */
const FONT_SIZE: Record<ColorTheme, Record<LabelTier, number>> = {
  light: { spotlight: 17, selected: 14, changed: 13, member: 11.5 },
  dark: { spotlight: 17, selected: 14, changed: 13, member: 11.5 },
  projector: { spotlight: 24, selected: 20, changed: 18, member: 15 },
};
const FONT_WEIGHT: Record<LabelTier, number> = { spotlight: 800, selected: 800, changed: 700, member: 600 };
const TIERS = Object.keys(FONT_WEIGHT) as LabelTier[];
/** A tenth of a pixel is as fine as a label needs, and keeps an exported SVG short. */
const tenths = (n: number) => Math.round(n * 10) / 10;
/** The halo (a stroke drawn under the fill) adds this much around the text, px. */
const HALO = 3;

export interface MapLabelsProps {
  sites: readonly LabelSite[];
  request: LabelRequest;
  obstacles: readonly Box[];
  size: { width: number; height: number };
  markerOffsets: ReadonlyMap<string, { dx: number; dy: number }>;
}

/**
 * Country names, drawn inside the zoomed group (so they move with a pan as it happens) but at a
 * constant size on screen. Text with a halo in the surface colour, readable on any fill in every
 * theme; part of the map's SVG, so an exported figure has them too.
 */
export function MapLabels({ sites, request, obstacles, size, markerOffsets }: MapLabelsProps) {
  const { x, y, k } = useZoomPanContext();
  const theme = useColorThemeStore(appliedColorTheme);
  const fonts = FONT_SIZE[theme];
  const measures = useMemo(() => {
    const make = (tier: LabelTier) => createTextMeasure(`${FONT_WEIGHT[tier]} ${fonts[tier]}px ${SANS_FONT_STACK}`, fonts[tier]);
    return Object.fromEntries(TIERS.map((tier) => [tier, make(tier)])) as Record<LabelTier, (text: string) => number>;
  }, [fonts]);
  const labels = useMemo(
    () =>
      placeMapLabels(sites, request, {
        transform: { x, y, k },
        size,
        measure: (text, tier) => measures[tier](text) + 2 * HALO,
        lineHeight: Object.fromEntries(TIERS.map((tier) => [tier, fonts[tier] + 2 * HALO])) as Record<LabelTier, number>,
        obstacles,
        markerOffsets,
      }),
    [sites, request, x, y, k, size, measures, fonts, obstacles, markerOffsets],
  );
  return (
    <g className="map-labels" aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.iso3}
          className={`map-label map-label--${label.tier}`}
          data-label-iso3={label.iso3}
          data-spotlight-label={label.tier === 'spotlight' ? label.iso3 : undefined}
          transform={`translate(${tenths((label.x - x) / k)} ${tenths((label.y - y) / k)}) scale(${Number((1 / k).toPrecision(4))})`}
          textAnchor={label.anchor}
          dominantBaseline="central"
          fontSize={fonts[label.tier]}
          fontWeight={FONT_WEIGHT[label.tier]}
          x={label.anchor === 'start' ? HALO : label.anchor === 'end' ? -HALO : undefined}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
