import { describe, expect, it } from 'vitest';
import { CORE_URL, MAP_URL } from '../../src/model/dataFiles';
import { EARLY_LOAD_ATTRIBUTE, earlyFiles, earlyLoadTags } from './earlyLoads';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false, css: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  isEntry,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/index.js': chunk('assets/index.js', '/app/src/main.tsx', ['assets/tiny.js'], true),
  'assets/tiny.js': chunk('assets/tiny.js', null),
  'assets/zodWithoutEval.js': chunk('assets/zodWithoutEval.js', '/app/src/model/zodWithoutEval.ts', ['assets/zod.js']),
  'assets/zod.js': chunk('assets/zod.js', null),
  'assets/startShippedData.js': chunk('assets/startShippedData.js', '/app/src/state/startShippedData.ts', ['assets/zod.js']),
  'assets/client.js': chunk('assets/client.js', '/app/node_modules/react-dom/client.js', ['assets/react.js']),
  'assets/react.js': chunk('assets/react.js', null),
  'assets/startApp.js': chunk('assets/startApp.js', '/app/src/app/startApp.tsx', ['assets/react.js', 'assets/client.js'], false, ['assets/startApp.css']),
  'assets/MapView.js': chunk('assets/MapView.js', '/app/src/views/map/MapView.tsx', ['assets/react.js', 'assets/Legend.js'], false, ['assets/MapView.css']),
  'assets/Legend.js': chunk('assets/Legend.js', null, [], false, ['assets/Legend.css']),
  'assets/countries-110m.js': chunk('assets/countries-110m.js', '/app/node_modules/world-atlas/countries-110m.json'),
  'assets/NetworkView.js': chunk('assets/NetworkView.js', '/app/src/views/network/NetworkView.tsx', ['assets/Legend.js']),
  'assets/MapView.css': { type: 'asset' as const, fileName: 'assets/MapView.css' },
};

describe('early loads', () => {
  it("asks early for the map's chunk, what it imports beyond the entry, and the outlines; not the other views", () => {
    expect(earlyFiles(bundle)).toEqual({
      // The steps main.tsx starts the app in, beyond the entry's own imports.
      startup: ['assets/zodWithoutEval.js', 'assets/zod.js', 'assets/startShippedData.js', 'assets/client.js', 'assets/react.js', 'assets/startApp.js'],
      scripts: ['assets/MapView.js', 'assets/Legend.js', 'assets/countries-110m.js'],
      // What a chunk imports first, as the browser applies them when the chunk loads; the app's before the map's.
      styles: ['assets/startApp.css', 'assets/Legend.css', 'assets/MapView.css'],
    });
  });

  it('writes fetch preloads for the map file and the core, and modulepreloads, each marked for the first-load budget', () => {
    const tags = earlyLoadTags(bundle, './');
    const fetchPreload = (href: string) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href, [EARLY_LOAD_ATTRIBUTE]: '' }, injectTo: 'head' });
    expect(tags.slice(0, 2)).toEqual([fetchPreload(MAP_URL), fetchPreload(CORE_URL)]);
    const preloads = tags.filter((t) => t.attrs?.rel === 'modulepreload');
    expect(preloads.map((t) => t.attrs?.href)).toEqual([
      ...['zodWithoutEval', 'zod', 'startShippedData', 'client', 'react', 'startApp'].map((name) => `./assets/${name}.js`),
      './assets/MapView.js',
      './assets/Legend.js',
      './assets/countries-110m.js',
    ]);
    // The startup steps are first-load JavaScript, as the entry is: not marked, so the budget counts them.
    expect(preloads.map((t) => t.attrs?.[EARLY_LOAD_ATTRIBUTE] === '')).toEqual([false, false, false, false, false, false, true, true, true]);
    // Stylesheets, not preloads: inlineEntryCss.ts writes them into the page for the loading shell.
    expect(tags.filter((t) => t.attrs?.rel === 'stylesheet').map((t) => t.attrs?.href)).toEqual(['./assets/startApp.css', './assets/Legend.css', './assets/MapView.css']);
    expect(tags.filter((t) => t.attrs?.rel !== 'modulepreload').every((t) => t.attrs?.[EARLY_LOAD_ATTRIBUTE] === '')).toBe(true);
  });

  it('fails the build when a chunk it should ask for is missing (a file moved)', () => {
    const { 'assets/countries-110m.js': _outlines, ...withoutOutlines } = bundle;
    expect(() => earlyFiles(withoutOutlines)).toThrow(/countries-110m\.json/);
  });
});
