import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EagerScript {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The scripts index.html makes the browser load before the app can start: module scripts and
 * modulepreload links (Vite lists an entry's static imports as modulepreload). Lazy chunks
 * (the views, the world outlines) are not counted: they load after the first paint of the shell.
 */
export function eagerScriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (match[1] !== undefined) paths.add(match[1]);
  for (const match of html.matchAll(/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"[^>]*>/g)) if (match[1] !== undefined) paths.add(match[1]);
  // Off-site scripts would break the offline rule anyway; they are not the app's bytes to count.
  return [...paths].filter((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src)).map((src) => src.replace(/^\.?\//, ''));
}

/** First-load JavaScript of a built app: each eager script, raw and gzipped at level 9 (what a static host would serve). */
export function firstLoadScripts(dist: string): EagerScript[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return eagerScriptPaths(html).map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
