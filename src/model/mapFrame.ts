/**
 * The map's frame: what the map shows when nobody has zoomed. It lives in the model because the map
 * draws it and presentation mode animates the camera from and to it, and neither may import the other.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/**
 * The default framing: Europe (Lisbon) to Japan across, the Maldives and India's southern tip
 * to Arctic Russia down (Egypt, the southernmost partner in Africa, falls inside).
 * Equal Earth keeps areas honest (Russia is not inflated as on Mercator), and rotating the
 * central meridian to 70°E puts the SCO's heartland, Central Asia, in the middle.
 */
export const EURASIA_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-10, 36],
    [-8, 58],
    [146, 32],
    [146, 46],
    [31, 22],
    [73.5, 3],
    [80, 6],
    [70, 73],
  ],
};

export const CENTRAL_MERIDIAN = 70;

/**
 * The longitude and latitude in the middle of the default frame. A projection fitted to the frame
 * puts the centre of the frame's projected bounds in the middle of the map, whatever its size, so
 * this point is the default centre at every size.
 */
function frameCentre(): [number, number] {
  const projection = geoEqualEarth().rotate([-CENTRAL_MERIDIAN, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(EURASIA_FRAME);
  return projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? [CENTRAL_MERIDIAN, 0];
}

/** The default framing as the store's mapZoom would hold it: [longitude, latitude, zoom 1]. */
export const DEFAULT_MAP_FRAMING: readonly [number, number, number] = [...frameCentre(), 1];
