import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { buildDataIndex } from '../../model/dataIndex';
import { exportFileStem, mapExport, networkExport, timelineExport } from './exportTables';
import { toCsv, toJson } from './dataWriters';
import { describeEmptyNetwork } from '../../model/networkFilter';
import { CLOCK, makePresentFixture } from '../../../tests/fixtures/storyFixture';

const data = makePresentFixture();
const index = buildDataIndex(data);
const state = { ...DEFAULT_VIEW_STATE };

describe('mapExport', () => {
  it('lists the countries with a status or a candidacy in the year, with the status’s start and sources', () => {
    const exported = mapExport(data, { ...state, year: 2017 }, CLOCK);
    const table = exported.tables.countries;
    expect(table?.columns).toEqual(['iso3', 'country', 'status', 'status_since', 'named_as_candidate', 'candidate_articles', 'status_sources']);
    const india = table?.rows.find((r) => r[0] === 'IND');
    expect(india).toEqual(['IND', 'India', 'member', '2017-06-09', false, '', 'S12']);
    expect(table?.rows.filter((r) => r[2] === 'member')).toHaveLength(8);
    // Belgium has no status and no candidacy: not part of what the map colours.
    expect(table?.rows.some((r) => r[0] === 'BEL')).toBe(false);
    expect(exported.title).toBe('SCO membership at the end of 2017');
    expect(exported.sourceLine).toMatch(/^SCO Atlas · data as of 1 Sep 2025 · sources: \d+ cited reports on SCO status \(/);
  });

  it('uses the last year, as of today, when the store has no year', () => {
    expect(mapExport(data, state, CLOCK).title).toBe('SCO membership in 2026, as of 1 Sep 2025');
  });
});

describe('timelineExport', () => {
  it('gives the theme weights per year within the range, marking the chosen themes', () => {
    const exported = timelineExport(data, index, { ...state, range: [2024, 2024], themes: ['enlargement'] });
    const rows = exported.tables.themeWeights?.rows ?? [];
    expect(rows.every((r) => r[0] === 2024)).toBe(true);
    expect(rows.find((r) => r[1] === 'enlargement')).toEqual([2024, 'enlargement', 'Enlargement and membership', 0.5, 1, 1, 2, true]);
    expect(rows.find((r) => r[1] === 'security')?.[7]).toBe(false);
    expect(exported.title).toBe('Themes in expert commentary on the SCO, 2024');
    expect(exported.sourceLine).toContain('The Astana Times (5 Jul 2024)');
  });
});

describe('timelineExport without a range', () => {
  it('names the years the grid shows, as the timeline’s fields do, not just the article years', () => {
    expect(timelineExport(data, index, state, [2020, 2025]).title).toBe('Themes in expert commentary on the SCO, 2020–2025');
    expect(timelineExport(data, index, state, [1996, 2025]).title).toBe('Themes in expert commentary on the SCO, 1996–2025');
    // A chosen range wins over what the axis shows.
    expect(timelineExport(data, index, { ...state, range: [2022, 2022] }, [2020, 2025]).title).toBe('Themes in expert commentary on the SCO, 2022');
  });
});

describe('networkExport', () => {
  it('gives the nodes and links shown for the range and filters', () => {
    const all = networkExport(data, index, { ...state, range: [2022, 2024] });
    expect(all.tables.nodes?.rows.map((r) => r[0])).toContain('expert:oleg-ivanov');
    const narrowed = networkExport(data, index, { ...state, range: [2024, 2024], themes: ['security'] });
    const ids = narrowed.tables.nodes?.rows.map((r) => r[0]);
    expect(ids).toEqual(['expert:ilqar-velizade', 'theme:security']);
    expect(narrowed.tables.links?.rows).toEqual([['expert-theme', 'expert:ilqar-velizade', 'Ilqar Velizade', 'theme:security', 'Security', 2, 1]]);
    expect(narrowed.title).toBe('Experts, themes and countries, 2024 (on Security)');
  });
});

describe('networkExport with filters that leave no expert', () => {
  it('says so in the title, the CSV and the JSON, not just with headers', () => {
    const empty = networkExport(data, index, { ...state, range: [2022, 2022], themes: ['security'], selectedCountry: 'BLR' });
    expect(empty.title).toMatch(/: no experts match these filters$/);
    const csv = toCsv(empty).trimEnd().split('\r\n');
    expect(csv.length).toBeGreaterThan(1);
    const why = describeEmptyNetwork({ themeLabels: ['Security'], countryName: 'Belarus', range: [2022, 2022] });
    expect(csv.at(-1)).toMatch(/^note,.*No experts match these filters\. /);
    expect(csv.at(-1)?.endsWith(why)).toBe(true);
    const json = JSON.parse(toJson(empty, data.generatedAt)) as { note: { note: string }[] };
    expect(json.note[0]?.note).toMatch(/^No experts match these filters\./);
  });

  it('adds no note when experts are shown', () => {
    expect(networkExport(data, index, { ...state, range: [2022, 2024] }).tables.note).toBeUndefined();
  });
});

describe('exportFileStem', () => {
  it('names files after the view and its years', () => {
    expect(exportFileStem('map', { year: 2017, range: null }, CLOCK)).toBe('sco-atlas-map-2017');
    expect(exportFileStem('map', { year: null, range: null }, CLOCK)).toBe('sco-atlas-map-2026');
    expect(exportFileStem('timeline', { year: null, range: null }, CLOCK)).toBe('sco-atlas-timeline-all-years');
    expect(exportFileStem('network', { year: 2024, range: [2022, 2024] }, CLOCK)).toBe('sco-atlas-network-2022-2024');
  });
});
