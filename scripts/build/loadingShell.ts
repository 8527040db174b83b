/**
 * index.html's #root holds the loading shell: the dashboard as the app first shows it from the map
 * file, rendered at build time by the app's own components (src/app/EarlyShell.tsx), with the
 * map's outlines projected at build time in the colours of the year shown. It paints as soon as the
 * HTML and CSS are in, before any script: the map is on screen at first paint, where the app then
 * draws it. The shell is inert (nothing in it works yet); the app's first render keeps it as it is
 * (src/app/LoadingShell.tsx) until the map view replaces it. Build only: the dev server starts empty.
 *
 * Without a map file (a build that skipped the pipeline) the shell is the title and a loading line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer, type Plugin } from 'vite';
import { LoadingShell } from '../../src/app/LoadingShell.tsx';
import { DATA_FOLDER, MAP_FILE } from '../../src/model/dataFiles.ts';
import { EARLY_SHELL_SCRIPT, SHELL_THEME_PICKER_SCRIPT } from './earlyShellScript.ts';

const EMPTY_ROOT = '<div id="root"></div>';

/** The wrapper around the built shell: the app's first render finds and keeps it by this class. */
export const EARLY_SHELL_CLASS = 'early-shell';

/**
 * The element that ends the shell. The page's first paint waits until it is parsed (`rel="expect"`,
 * `blocking="render"`): the HTML arrives and is parsed in pieces, and a paint of half the shell
 * drew the map in a stage whose slider below was not there yet, too tall, a jump a moment later.
 */
const SHELL_END_ID = 'early-shell-end';

const SHELL_START = `<div class="${EARLY_SHELL_CLASS}" inert>`;
const SHELL_END = `<script>${SHELL_THEME_PICKER_SCRIPT}</script><span id="${SHELL_END_ID}" hidden></span>`;

export function withLoadingShell(html: string, shell: string = renderToStaticMarkup(createElement(LoadingShell))): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`loading shell: index.html has no empty ${EMPTY_ROOT}`);
  if (!html.includes('</head>')) throw new Error('loading shell: index.html has no </head>');
  return html
    .replace('</head>', `  <script>${EARLY_SHELL_SCRIPT}</script>\n    <link rel="expect" href="#${SHELL_END_ID}" blocking="render" />\n  </head>`)
    .replace(EMPTY_ROOT, `<div id="root">${SHELL_START}${shell}${SHELL_END}</div></div>`);
}

/**
 * The map-first dashboard for `mapFile` as static markup, rendered by Vite's SSR loader (the
 * components import their CSS, which Node alone cannot), or null without a map file.
 */
export async function renderEarlyShell(root: string, mapFile: string): Promise<string | null> {
  if (!existsSync(mapFile)) return null;
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/EarlyShell.tsx')) as { renderEarlyShell: (json: unknown) => Promise<string> };
    return await module.renderEarlyShell(JSON.parse(readFileSync(mapFile, 'utf8')));
  } finally {
    await server.close();
  }
}

/**
 * A built index.html with its shell drawn again for other data: a copy of the build served with
 * another data folder (the benchmark's 10,000 articles) must not paint the map of the data it was
 * built with.
 */
export function withShellReplaced(html: string, shell: string): string {
  const start = html.indexOf(SHELL_START);
  const end = html.indexOf(SHELL_END);
  if (start < 0 || end < start) throw new Error('loading shell: this index.html has no built shell to replace');
  return `${html.slice(0, start + SHELL_START.length)}${shell}${html.slice(end)}`;
}

export function loadingShell(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'sco-atlas-loading-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        const shell = await renderEarlyShell(root, join(publicDir, DATA_FOLDER, MAP_FILE));
        return shell === null ? withLoadingShell(html) : withLoadingShell(html, shell);
      },
    },
  };
}
