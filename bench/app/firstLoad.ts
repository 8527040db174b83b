import { earlyLoadScripts, firstLoadScripts, type EagerScript } from '../../scripts/budget/firstLoad';

export interface FirstLoadJs {
  files: EagerScript[];
  bytes: number;
  gzipBytes: number;
  /** The map's chunks index.html preloads beside the entry (not first-load: the app starts without them). */
  early?: EagerScript[];
}

/**
 * First-load JS as the map's budget script counts it (scripts/budget/firstLoad.ts: index.html's
 * module scripts and modulepreloads, gzip level 9, lazy chunks excluded), so both report one figure.
 */
export function firstLoadJs(dist: string): FirstLoadJs {
  const files = firstLoadScripts(dist);
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0), early: earlyLoadScripts(dist) };
}
