import type { GeoProjection } from 'd3-geo';
import { nextTask } from '../../state/nextTask';
import { prepareLabelSite } from './mapLabels';
import { eurasiaProjection, outlinePath } from './projection';
import type { WorldShape } from './worldShapes';

/**
 * The map's first drawing made ready ahead, a few outlines at a time: projecting the 177 outlines
 * into path data (and finding the label sites of the countries the data names) was one task of
 * 60-110 ms inside the map's first render, which a phone's slower CPU turns into a long block of
 * input (Lighthouse's total blocking time). Done before the app's first render instead, for the
 * stage size the loading shell has laid out (the same dashboard, so the same size), in slices of a
 * few ms with the browser free between them; the map then takes the projection and the paths made
 * here. A stage of another size (a resize, a shell that differs) projects in its render, as before.
 */

interface Prepared {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Path data by shape key (null: the shape draws nothing in this projection). */
  paths: Map<string, string | null>;
}

let prepared: Prepared | null = null;

/** The map's projection for a stage size: the one the paths were made ready for, when the size is theirs. */
export function stageProjection(width: number, height: number): GeoProjection {
  if (prepared !== null && prepared.width === width && prepared.height === height) return prepared.projection;
  return eurasiaProjection(width, height);
}

/** The path data made ready for `projection`, or null (then the map projects its outlines itself). */
export function preparedPaths(projection: GeoProjection): ReadonlyMap<string, string | null> | null {
  return prepared !== null && prepared.projection === projection ? prepared.paths : null;
}

/** How long one slice of the work may run before the browser gets the thread back, ms. */
const SLICE_MS = 4;

/** The stage the loading shell laid out (its map view is the app's): its size in whole px, or null. */
function shellStageSize(): { width: number; height: number } | null {
  if (typeof document === 'undefined') return null;
  const stage = document.querySelector('#root .map-view__stage');
  if (stage === null) return null;
  const { width, height } = stage.getBoundingClientRect();
  return width > 0 && height > 0 ? { width: Math.floor(width), height: Math.floor(height) } : null;
}

/**
 * Makes the map's first drawing ready for the shell's stage: every outline's path, then the label
 * sites of `named` (the countries with a status in the data, the ones a year may name). Settles
 * once done; nothing to do outside a browser or without the shell.
 */
export async function prepareFirstDraw(shapes: readonly WorldShape[], named: readonly string[]): Promise<void> {
  const size = shellStageSize();
  if (size === null) return;
  const projection = stageProjection(size.width, size.height);
  const ready: Prepared =
    prepared !== null && prepared.projection === projection ? prepared : { ...size, projection, paths: new Map<string, string | null>() };
  const path = outlinePath(projection);
  const namedSet = new Set(named);
  const work: (() => void)[] = [];
  for (const shape of shapes) if (!ready.paths.has(shape.key)) work.push(() => void ready.paths.set(shape.key, path(shape.feature)));
  for (const shape of shapes) if (shape.iso3 !== null && namedSet.has(shape.iso3)) work.push(() => prepareLabelSite(shape, projection));
  let sliceStart = performance.now();
  for (const step of work) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    step();
  }
  // Only complete sets of paths are handed out.
  prepared = ready;
}
