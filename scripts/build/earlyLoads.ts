/**
 * No waterfall on the first visit: index.html asks at once for what the map needs, instead of
 * discovering it step by step (index.js → the map's chunk and the data's core → the world outlines).
 * A Vite plugin (build only) that reads the bundle for the chunks' hashed names and adds to the head:
 *
 * - `<link rel="preload" as="fetch" crossorigin>` for the map file (what the map draws first), then the
 *   data's core (src/model/dataFiles.ts), fetched by fetchSource with fetch()'s defaults (mode cors,
 *   same-origin credentials), which this matches;
 * - `<link rel="modulepreload">` for the map view's chunk, the chunks it imports, and the world outlines
 *   (which afterFirstPaint.ts then holds back, with the entry's script, until the loading shell has painted);
 * - `<link rel="stylesheet">` for the map view's CSS, which inlineEntryCss.ts then writes into the
 *   page: the loading shell draws the map view (scripts/build/loadingShell.ts), styled from the first paint.
 *
 * Each added link carries `data-early-load`, so the first-load budget (scripts/budget/firstLoad.ts)
 * can tell what starts the app from what the map needs right after.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CORE_URL, MAP_URL } from '../../src/model/dataFiles.ts';

/** Source files whose chunks the first view needs (matched at the end of a chunk's facade module id). */
export const EARLY_MODULES = ['/src/views/map/MapView.tsx', '/world-atlas/countries-110m.json'];

/**
 * The steps main.tsx starts the app in, each imported in a task of its own: part of the first-load
 * JavaScript as much as the entry (their modulepreloads carry no `data-early-load`, so the budget
 * counts them), and their stylesheets the entry's (written into the page before the map's).
 */
export const STARTUP_MODULES = ['/src/model/zodWithoutEval.ts', '/src/state/startShippedData.ts', '/react-dom/client.js', '/src/app/startApp.tsx'];

export const EARLY_LOAD_ATTRIBUTE = 'data-early-load';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

type BundleLike = Record<string, ChunkLike | { type: 'asset'; fileName: string }>;

/** The chunk and all it imports, each after what it imports (the order their stylesheets apply in). */
function importsFirst(name: string, byName: ReadonlyMap<string, ChunkLike>, seen = new Set<string>(), order: string[] = []): string[] {
  if (seen.has(name)) return order;
  seen.add(name);
  for (const next of byName.get(name)?.imports ?? []) importsFirst(next, byName, seen, order);
  order.push(name);
  return order;
}

/**
 * The files to ask for early, in the order found: the startup steps' chunks beyond the entry's, then
 * each early chunk and the chunks it imports that neither the entry nor the startup steps do.
 */
export function earlyFiles(bundle: BundleLike): { startup: string[]; scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // The entry's own static imports are in index.html already (Vite writes them as modulepreload).
  const eager = new Set<string>();
  const walk = (name: string, into: Set<string>) => {
    if (into.has(name)) return;
    into.add(name);
    for (const next of byName.get(name)?.imports ?? []) walk(next, into);
  };
  for (const entry of chunks.filter((c) => c.isEntry)) walk(entry.fileName, eager);

  const chunkOf = (suffix: string) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(suffix) === true);
    if (chunk === undefined) throw new Error(`early loads: no chunk built from …${suffix}; has the file moved?`);
    return chunk;
  };
  const startup = new Set<string>();
  const styles = new Set<string>();
  for (const suffix of STARTUP_MODULES) {
    const chunk = chunkOf(suffix);
    for (const name of importsFirst(chunk.fileName, byName)) {
      if (eager.has(name) || startup.has(name)) continue;
      for (const css of byName.get(name)?.viteMetadata?.importedCss ?? []) styles.add(css);
    }
    const needed = new Set<string>();
    walk(chunk.fileName, needed);
    for (const name of needed) if (!eager.has(name)) startup.add(name);
  }
  for (const name of startup) eager.add(name);
  const scripts = new Set<string>();
  for (const suffix of EARLY_MODULES) {
    const chunk = chunkOf(suffix);
    const needed = new Set<string>();
    walk(chunk.fileName, needed);
    // Stylesheets in the order the chunks load them, a chunk's imports first: the cascade then
    // matches the app's (the map's `.map-legend` border after the legend's own rules).
    for (const name of importsFirst(chunk.fileName, byName)) {
      if (eager.has(name)) continue;
      for (const css of byName.get(name)?.viteMetadata?.importedCss ?? []) styles.add(css);
    }
    for (const name of needed) if (!eager.has(name)) scripts.add(name);
  }
  return { startup: [...startup], scripts: [...scripts], styles: [...styles] };
}

export function earlyLoadTags(bundle: BundleLike, base: string): HtmlTagDescriptor[] {
  const { startup, scripts, styles } = earlyFiles(bundle);
  const href = (file: string) => `${base.endsWith('/') ? base : `${base}/`}${file}`;
  const mark = { [EARLY_LOAD_ATTRIBUTE]: '' };
  return [
    ...[MAP_URL, CORE_URL].map((url): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: url, ...mark }, injectTo: 'head' })),
    ...startup.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: href(file) }, injectTo: 'head' })),
    ...scripts.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: href(file), ...mark }, injectTo: 'head' })),
    ...styles.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: href(file), ...mark }, injectTo: 'head' })),
  ];
}

export function earlyLoads(): Plugin {
  let base = './';
  return {
    name: 'sco-atlas-early-loads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.bundle === undefined ? html : { html, tags: earlyLoadTags(ctx.bundle, base) }),
    },
  };
}
