/**
 * The layout's input and its sources of determinism: a seeded random source for d3-force
 * and starting positions hashed from node ids.
 */
/** What the layout needs to know about a graph: compact, so it crosses to a worker cheaply. */
export interface LayoutInput {
  /** Node ids in a fixed order (sorted); positions come back in the same order. */
  ids: string[];
  /** Node radius in layout units, for collision. */
  radii: number[];
  /** Flat [source, target, source, target, …] node indices. */
  links: number[];
  /** Preferred length of each link, one per pair in `links`. */
  distances: number[];
  /** Indices of hub nodes (themes, countries): large graphs lay these out first. */
  hubs: number[];
  seed: number;
  /**
   * Pull towards the middle (d3 forceX/forceY strength). A summary (networkSummary.ts) pulls
   * harder: its countries whose experts are all in a group would otherwise drift to the edge and
   * shrink everything else to fit them in.
   */
  gravity?: number;
  /** Spring strength of each link, one per pair in `links` (d3's default, 1 / the smaller degree, where absent). */
  strengths?: number[];
}

/** Flat [x0, y0, x1, y1, …] positions around (0, 0), one pair per node, in `ids` order. */
export type LayoutPositions = Float64Array;

export const DEFAULT_SEED = 20010615; // The SCO's founding day, 15 June 2001.

/** Numerical Recipes' LCG: small, fast, and enough randomness for jiggling coincident nodes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** FNV-1a, 32 bits: a stable number from a string, independent of where the string sits in the data. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A starting point in a disc, from the node's id (and the layout seed) alone: adding a node to the data
 * does not move the starting points of the others, so pictures stay recognisable as the corpus grows.
 */
export function initialPosition(id: string, discRadius: number, seed = 0): [number, number] {
  const angle = (hashString(id, 0x811c9dc5 ^ seed) / 4294967296) * 2 * Math.PI;
  const distance = discRadius * Math.sqrt(hashString(id, 0x2545f491 ^ seed) / 4294967296);
  return [distance * Math.cos(angle), distance * Math.sin(angle)];
}
