import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
// Default import: the package is CommonJS, and Node's ESM loader cannot name its exports.
import isoCountries from 'i18n-iso-countries';

/** One country outline of the base map. */
export interface WorldShape {
  /** Stable React key: the ISO code, or the feature's name for the few shapes without one. */
  key: string;
  /** ISO 3166-1 alpha-3, or null for shapes without an ISO number (Kosovo, N. Cyprus, Somaliland). */
  iso3: string | null;
  /** Natural Earth's short name ("Dem. Rep. Congo"); the data's own name wins where it has one. */
  name: string;
  feature: Feature<Geometry>;
}

type CountryProperties = { name?: string } | null;

/**
 * Country outlines from a world-atlas topology. Natural Earth gives ISO 3166 numeric ids;
 * the data speaks alpha-3, so they are translated here, once.
 */
export function shapesFromTopology(topology: Topology): WorldShape[] {
  const countries = topology.objects.countries as GeometryCollection<CountryProperties> | undefined;
  if (countries === undefined) throw new Error('The world topology has no "countries" object.');
  const collection = feature(topology, countries);
  return collection.features.map((f, i) => {
    const iso3 = f.id === undefined ? null : (isoCountries.numericToAlpha3(String(f.id)) ?? null);
    const name = f.properties?.name ?? iso3 ?? `shape ${i}`;
    return { key: iso3 ?? `unnamed-${name}`, iso3, name, feature: f };
  });
}

/**
 * The 1:110m outlines (≈ 108 kB, 177 countries), bundled as their own chunk and loaded on demand:
 * never from the web, and not part of the first-load JavaScript.
 */
export async function loadWorldShapes(): Promise<WorldShape[]> {
  const atlas = (await import('world-atlas/countries-110m.json')) as unknown as { default: Topology };
  return shapesFromTopology(atlas.default);
}
