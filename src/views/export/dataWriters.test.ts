import { describe, expect, it } from 'vitest';
import { buildDataIndex } from '../../model/dataIndex';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { toCsv, toJson } from './dataWriters';
import { mapExport, networkExport, timelineExport } from './exportTables';
import { CLOCK, makePresentFixture } from '../../../tests/fixtures/storyFixture';

const data = makePresentFixture();
const index = buildDataIndex(data);
const state = { ...DEFAULT_VIEW_STATE };

describe('CSV and JSON', () => {
  it('writes one table as plain CSV and several with a table column', () => {
    const map = toCsv(mapExport(data, { ...state, year: 1996 }, CLOCK));
    const lines = map.trimEnd().split('\r\n');
    expect(lines[0]).toBe('iso3,country,status,status_since,named_as_candidate,candidate_articles,status_sources');
    expect(lines).toHaveLength(6);
    const network = toCsv(networkExport(data, index, { ...state, range: [2022, 2022] })).trimEnd().split('\r\n');
    expect(network[0]).toBe('table,id,kind,ref,label,size,source,source_label,target,target_label,weight,articles');
    expect(network.filter((l) => l.startsWith('nodes,'))).toHaveLength(3);
    expect(network.filter((l) => l.startsWith('links,'))).toHaveLength(2);
  });

  it('writes JSON records with the title, source line and filters', () => {
    const json = JSON.parse(toJson(timelineExport(data, index, { ...state, range: [2022, 2022] }), data.generatedAt)) as Record<string, unknown>;
    expect(json).toMatchObject({ view: 'timeline', filters: { from: 2022, to: 2022, themes: [] }, dataGeneratedAt: data.generatedAt });
    expect((json.themeWeights as unknown[])[0]).toMatchObject({ year: 2022, theme_id: 'security', weight: 0.2 });
    expect(String(json.source)).toContain(`Global Times (16 Sep 2022)`);
  });
});
