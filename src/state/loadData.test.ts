import { describe, expect, it } from 'vitest';
import { makeScoData } from '../../tests/fixtures/scoData';
import { loadScoData } from './loadData';

const respond = (body: string, status = 200): typeof fetch => () => Promise.resolve(new Response(body, { status }));

describe('loadScoData', () => {
  it('loads and validates the data file', async () => {
    const result = await loadScoData('./data/sco.json', respond(JSON.stringify(makeScoData())));
    expect(result.ok).toBe(true);
  });

  it('says the file is missing on a 404', async () => {
    const result = await loadScoData('./data/sco.json', respond('not found', 404));
    expect(result).toMatchObject({ ok: false, problem: { title: 'The data file ./data/sco.json is missing.' } });
  });

  it('turns a network failure into a problem, not an exception', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await loadScoData('./data/sco.json', failing);
    expect(result).toMatchObject({ ok: false, problem: { details: ['Failed to fetch'] } });
  });
});
