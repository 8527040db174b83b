import { parseScoData, type DataProblem } from '../model/parse';
import type { ScoData } from '../model/schema';
import { DATA_URL } from './dataUrl';

export { DATA_URL };

export type LoadResult = { ok: true; data: ScoData } | { ok: false; problem: DataProblem };

/** Fetches and validates sco.json; network and HTTP failures become problems too, never exceptions. */
export async function loadScoData(url = DATA_URL, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { title: `Could not fetch ${url}.`, details: [reason] } };
  }
  if (!response.ok) {
    const title =
      response.status === 404 ? `The data file ${url} is missing.` : `The data file ${url} could not be read (HTTP ${response.status}).`;
    return { ok: false, problem: { title, details: [] } };
  }
  return parseScoData(await response.text());
}
