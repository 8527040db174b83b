/**
 * The app's scripts start after the loading shell is on screen. index.html paints the map-first
 * shell without any script (scripts/build/loadingShell.ts), but the entry's module script and the
 * modulepreload links, fetched as the head is parsed, had the browser stream-compile about 600 KB
 * of JavaScript on its worker threads while it rasterised the shell's first frame: on a two-core
 * machine the first paint waited for that (first contentful paint 308 → 276 ms, medians of 21
 * cold loads each, alternating, load 7.8–8.8; a copy without any script painted at about 244 ms).
 *
 * So the build moves them into a <template> at the end of the head, which the parser reads but
 * the browser neither fetches nor runs; the shell's inline script (earlyShellScript.ts) puts them
 * into the head once the first contentful paint is reported (or at once in a tab that is not
 * visible, which does not paint, and after a few seconds in any case). The data's `preload` links
 * stay in the head: fetching costs the first frame nothing, and the data is in when the app starts.
 */
import type { Plugin } from 'vite';

/** The <template> holding the app's scripts until the first paint; the inline script looks for this id. */
export const AFTER_FIRST_PAINT_ID = 'after-first-paint';

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=")[^>]*><\/script>\s*/g;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*>\s*/g;

/** `html` with its module scripts and modulepreload links moved into the after-first-paint template. */
export function withScriptsAfterFirstPaint(html: string): string {
  if (!html.includes('</head>')) throw new Error('after first paint: index.html has no </head>');
  const moved: string[] = [];
  const head = html.slice(0, html.indexOf('</head>'));
  const kept = head.replace(MODULE_SCRIPT, (tag) => (moved.push(tag.trim()), '')).replace(MODULE_PRELOAD, (tag) => (moved.push(tag.trim()), ''));
  if (!moved.some((tag) => tag.startsWith('<script'))) throw new Error('after first paint: index.html has no module script in its head');
  return `${kept}<template id="${AFTER_FIRST_PAINT_ID}">${moved.join('')}</template>\n  ${html.slice(head.length)}`;
}

export function scriptsAfterFirstPaint(): Plugin {
  return {
    name: 'sco-atlas-scripts-after-first-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withScriptsAfterFirstPaint(html) },
  };
}
