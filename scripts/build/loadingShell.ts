/**
 * index.html's #root holds the loading shell (src/app/LoadingShell.tsx) rendered to static markup
 * at build time, so the title and a loading line paint once the HTML and CSS are in, before any
 * script has run (Lighthouse's first and largest contentful paint: the subtitle). React replaces
 * it with the same markup on its first render. Build only: the dev server starts empty.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { LoadingShell } from '../../src/app/LoadingShell.tsx';

const EMPTY_ROOT = '<div id="root"></div>';

export function withLoadingShell(html: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`loading shell: index.html has no empty ${EMPTY_ROOT}`);
  return html.replace(EMPTY_ROOT, `<div id="root">${renderToStaticMarkup(createElement(LoadingShell))}</div>`);
}

export function loadingShell(): Plugin {
  return { name: 'sco-atlas-loading-shell', apply: 'build', transformIndexHtml: { order: 'pre', handler: withLoadingShell } };
}
