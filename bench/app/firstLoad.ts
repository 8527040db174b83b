import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript index.html makes the browser fetch before anything else: its module scripts and
 * modulepreload links (Vite lists an entry's static imports as modulepreload). Lazy chunks are not
 * counted. Gzip at level 9, as a static host would serve it precompressed.
 */
export function firstLoadJs(dist: string): FirstLoadJs {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (match[1] !== undefined) sources.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)) if (match[1] !== undefined) sources.add(match[1]);
  const files = [...sources]
    .filter((src) => !/^[a-z]+:/i.test(src))
    .map((src) => {
      const file = src.replace(/^\.?\//, '');
      const content = readFileSync(join(dist, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}
