/**
 * Which facts the sources verify. A source marked `weak` in the reference data (a mirror, a forum
 * post, one person's account) is kept and cited, but cannot verify a fact alone: a status period
 * whose every known source is weak is shown as unverified (dashed on the map, "unverified" in text).
 */
import type { Source, StatusPeriod } from './schema';

export type SourceLookup = ReadonlyMap<string, Source>;

export function sourceLookup(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}

export function isWeakSource(source: Pick<Source, 'weak'>): boolean {
  return source.weak !== undefined;
}

/** True when at least one source the period cites is known and not weak. */
export function isVerifiedPeriod(period: Pick<StatusPeriod, 'sources'>, sources: SourceLookup): boolean {
  return period.sources.some((id) => {
    const source = sources.get(id);
    return source !== undefined && !isWeakSource(source);
  });
}
