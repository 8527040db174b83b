/**
 * The import boundaries of src/ (eslint.boundaries.js) fail lint on a wrong import: a view importing
 * another view or the shell, a component importing a view, the model importing state.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerBoundaries, viewFolders } from '../../../eslint.boundaries.js';

const root = resolve(import.meta.dirname, '../../..');

/** Only the boundary rule, configured as eslint.config.js configures it, so a snippet can be linted without a type-checked project. */
function boundaryLinter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        plugins: { 'import-x': importX },
        settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
        rules: { 'import-x/no-restricted-paths': ['error', { zones: layerBoundaries(root) }] },
      },
    ],
  });
}

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await boundaryLinter().lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it('are on in the project’s own lint config for every file of src/', async () => {
    const config = (await new ESLint({ cwd: root }).calculateConfigForFile(resolve(root, 'src/views/map/MapView.tsx'))) as { rules: Record<string, unknown> };
    expect(config.rules['import-x/no-restricted-paths']).toEqual([2, { zones: layerBoundaries(root) }]);
  });

  it('fail a view that imports another view, or the shell', async () => {
    expect(await problems('src/views/map/Probe.ts', "import { stepAfter } from '../present/presentKeys';\nexport const x = stepAfter;")).toEqual([
      expect.stringMatching(/no-restricted-paths: .*A view never imports another view/),
    ]);
    expect(await problems('src/views/timeline/Probe.ts', "import { App } from '../../app/App';\nexport const x = App;")).toHaveLength(1);
  });

  it('fail components importing views, and model or state importing anything above them', async () => {
    expect(await problems('src/components/Probe.ts', "import MapView from '../views/map/MapView';\nexport const x = MapView;")).toHaveLength(1);
    expect(await problems('src/state/Probe.ts', "import { Legend } from '../components/Legend';\nexport const x = Legend;")).toHaveLength(1);
    expect(await problems('src/model/Probe.ts', "import { useAtlasStore } from '../state/store';\nexport const x = useAtlasStore;")).toHaveLength(1);
  });

  it('let imports run the one way: a view from its own folder, components, state and model', async () => {
    const code = [
      "import { Legend } from '../../components/Legend';",
      "import { useAtlasStore } from '../../state/store';",
      "import { statusInYear } from '../../model/statusInYear';",
      "import { MapLegend } from './MapLegend';",
      'export const x = [Legend, useAtlasStore, statusInYear, MapLegend];',
    ].join('\n');
    expect(await problems('src/views/map/Probe.ts', code)).toEqual([]);
  });

  it('cover every view folder', () => {
    expect(viewFolders(root)).toEqual(expect.arrayContaining(['map', 'network', 'timeline', 'present']));
  });
});
