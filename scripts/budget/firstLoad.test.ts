import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { earlyScriptPaths, eagerScriptPaths, firstLoadScripts } from './firstLoad';
import { median } from './mapVisible';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
<link rel="stylesheet" href="./assets/index.css">
<script src="https://cdn.example.org/lib.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('eagerScriptPaths', () => {
  it('counts module scripts and modulepreloads, not styles or off-site scripts', () => {
    expect(eagerScriptPaths(INDEX)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });

  it('finds modulepreload whatever the attribute order', () => {
    expect(eagerScriptPaths('<link href="/a.js" rel="modulepreload">')).toEqual(['a.js']);
  });

  it('counts the map chunks index.html asks for early apart, not as first-load', () => {
    const html = `${INDEX}<link rel="modulepreload" crossorigin="" href="./assets/MapView-x.js" data-early-load="">`;
    expect(eagerScriptPaths(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(earlyScriptPaths(html)).toEqual(['assets/MapView-x.js']);
  });
});

describe('firstLoadScripts', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('measures each eager script raw and gzipped, and leaves lazy chunks out', () => {
    dist = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    const entry = 'console.log("entry");'.repeat(200);
    writeFileSync(join(dist, 'assets/index-abc.js'), entry);
    writeFileSync(join(dist, 'assets/vendor-def.js'), 'export const x = 1;');
    writeFileSync(join(dist, 'assets/MapView-lazy.js'), 'x'.repeat(100_000));
    const scripts = firstLoadScripts(dist);
    expect(scripts.map((s) => s.file)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(scripts[0]?.bytes).toBe(entry.length);
    expect(scripts[0]?.gzipBytes).toBe(gzipSync(entry, { level: 9 }).length);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 200, 300])).toBe(250);
  });
});
