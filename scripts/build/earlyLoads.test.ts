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
  'assets/index.js': chunk('assets/index.js', '/app/src/main.tsx', ['assets/react.js'], true),
  'assets/react.js': chunk('assets/react.js', null),
  'assets/MapView.js': chunk('assets/MapView.js', '/app/src/views/map/MapView.tsx', ['assets/react.js', 'assets/Legend.js'], false, ['assets/MapView.css']),
  'assets/Legend.js': chunk('assets/Legend.js', null, [], false, ['assets/Legend.css']),
  'assets/countries-110m.js': chunk('assets/countries-110m.js', '/app/node_modules/world-atlas/countries-110m.json'),
  'assets/NetworkView.js': chunk('assets/NetworkView.js', '/app/src/views/network/NetworkView.tsx', ['assets/Legend.js']),
  'assets/MapView.css': { type: 'asset' as const, fileName: 'assets/MapView.css' },
};

describe('early loads', () => {
  it("asks early for the map's chunk, what it imports beyond the entry, and the outlines; not the other views", () => {
    expect(earlyFiles(bundle)).toEqual({
      scripts: ['assets/MapView.js', 'assets/Legend.js', 'assets/countries-110m.js'],
      // What a chunk imports first, as the browser applies them when the chunk loads.
      styles: ['assets/Legend.css', 'assets/MapView.css'],
    });
  });

  it('writes fetch preloads for the map file and the core, and modulepreloads, each marked for the first-load budget', () => {
    const tags = earlyLoadTags(bundle, './');
    const fetchPreload = (href: string) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href, [EARLY_LOAD_ATTRIBUTE]: '' }, injectTo: 'head' });
    expect(tags.slice(0, 2)).toEqual([fetchPreload(MAP_URL), fetchPreload(CORE_URL)]);
    expect(tags.filter((t) => t.attrs?.rel === 'modulepreload').map((t) => t.attrs?.href)).toEqual(['./assets/MapView.js', './assets/Legend.js', './assets/countries-110m.js']);
    // Stylesheets, not preloads: inlineEntryCss.ts writes them into the page for the loading shell's map.
    expect(tags.filter((t) => t.attrs?.rel === 'stylesheet').map((t) => t.attrs?.href)).toEqual(['./assets/Legend.css', './assets/MapView.css']);
    expect(tags.every((t) => t.attrs?.[EARLY_LOAD_ATTRIBUTE] === '')).toBe(true);
  });

  it('fails the build when a chunk it should ask for is missing (a file moved)', () => {
    const { 'assets/countries-110m.js': _outlines, ...withoutOutlines } = bundle;
    expect(() => earlyFiles(withoutOutlines)).toThrow(/countries-110m\.json/);
  });
});
