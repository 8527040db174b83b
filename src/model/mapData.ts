/**
 * What the map draws from, and the little it reads differently from the core and from the map file.
 * No schemas here (type imports only): the map's chunk imports this, and a zod schema built in a
 * chunk that runs before main.tsx's zodWithoutEval would compile with eval, which the CSP refuses.
 */
import type { ScoCore } from './core';
import type { MapFile } from './mapFile';

/** What the map draws from: the core once it is in, its map file before. */
export type MapData = ScoCore | MapFile;

/** True for the core, false for a map file. */
export const isCore = (data: MapData): data is ScoCore => 'candidates' in data;

/** Articles per year (the year slider's marks). */
export function articlesPerYear(data: MapData): Map<number, number> {
  if (!isCore(data)) return new Map(data.articleYears.map(([year, articles]) => [year, articles]));
  const counts = new Map<number, number>();
  for (const { year } of data.articles) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}
