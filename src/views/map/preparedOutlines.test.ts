// @vitest-environment jsdom
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { labelSites } from './mapLabels';
import { prepareFirstDraw, preparedPaths, stageProjection } from './preparedOutlines';
import { eurasiaProjection, outlinePath } from './projection';
import { shapesFromTopology } from './worldShapes';

const shapes = shapesFromTopology(atlas as unknown as Topology);

/** The loading shell's stage, laid out at `width` × `height` (jsdom lays nothing out: its box is given). */
function shellStage(width: number, height: number): void {
  const root = document.createElement('div');
  root.id = 'root';
  const stage = document.createElement('div');
  stage.className = 'map-view__stage';
  stage.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height, toJSON: () => ({}) });
  root.append(stage);
  document.body.append(root);
}

afterEach(() => document.body.replaceChildren());

describe('prepareFirstDraw', () => {
  it('makes ready, for the stage the shell laid out, the very paths and label sites the map would make in its render', async () => {
    shellStage(900.6, 500.2);
    await prepareFirstDraw(shapes, ['CHN', 'RUS', 'IND']);
    const projection = stageProjection(900, 500);
    const paths = preparedPaths(projection);
    expect(paths).not.toBeNull();
    const own = outlinePath(eurasiaProjection(900, 500));
    for (const shape of shapes) expect(paths?.get(shape.key)).toEqual(own(shape.feature));
    const named = new Set(['CHN', 'RUS', 'IND']);
    expect(labelSites(shapes, [], projection, named)).toEqual(labelSites(shapes, [], eurasiaProjection(900, 500), named));
  });

  it('leaves a stage of another size to project in its render', async () => {
    shellStage(900, 500);
    await prepareFirstDraw(shapes, []);
    const other = stageProjection(901, 500);
    expect(preparedPaths(other)).toBeNull();
    expect(other).not.toBe(stageProjection(900, 500));
  });

  it('does nothing without the shell', async () => {
    await prepareFirstDraw(shapes, []);
    expect(preparedPaths(stageProjection(640, 480))).toBeNull();
  });
});
