import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EagerScript {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Local paths of index.html's modulepreload links, those marked `data-early-load` (or not). */
function modulepreloads(html: string, early: boolean): string[] {
  const paths: string[] = [];
  for (const match of html.matchAll(/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"[^>]*>/g)) {
    if (match[1] !== undefined && /\bdata-early-load\b/.test(match[0]) === early) paths.push(match[1]);
  }
  return paths;
}

const localPaths = (paths: Iterable<string>) =>
  // Off-site scripts would break the offline rule anyway; they are not the app's bytes to count.
  [...new Set(paths)].filter((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src)).map((src) => src.replace(/^\.?\//, ''));

/**
 * The scripts index.html makes the browser load before the app can start: module scripts and
 * modulepreload links (Vite lists an entry's static imports as modulepreload). Lazy chunks
 * (the views, the world outlines) are not counted: they load after the first paint of the shell,
 * nor are the map's chunks that index.html asks for early (`data-early-load`, scripts/build/earlyLoads.ts):
 * they download beside the entry but the app starts without them.
 */
export function eagerScriptPaths(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
  return localPaths([...scripts, ...modulepreloads(html, false)]);
}

/** The map's chunks that index.html preloads beside the entry (`data-early-load`). */
export function earlyScriptPaths(html: string): string[] {
  return localPaths(modulepreloads(html, true));
}

function measured(dist: string, files: readonly string[]): EagerScript[] {
  return files.map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

/** First-load JavaScript of a built app: each eager script, raw and gzipped at level 9 (what a static host would serve). */
export function firstLoadScripts(dist: string): EagerScript[] {
  return measured(dist, eagerScriptPaths(readFileSync(join(dist, 'index.html'), 'utf8')));
}

/** The map's chunks index.html preloads early, measured the same way. */
export function earlyLoadScripts(dist: string): EagerScript[] {
  return measured(dist, earlyScriptPaths(readFileSync(join(dist, 'index.html'), 'utf8')));
}
