/**
 * The pipeline in the browser: the person's files → read → segment → extract → findings → link,
 * with the shipped core's facts, off the main thread. The same stages as `npm run preprocess`
 * (scripts/import/ownCorpus.ts); the reference data is bundled and checked with the same schemas.
 * Nothing leaves the browser: the only request is for the shipped core, from the app's own origin
 * (the page loaded it already, so the browser's cache answers).
 */
// First: zod must not compile parsers with `new Function` under the Content Security Policy.
import '../../model/zodWithoutEval';
import attribution from '../../../data/reference/attribution.json';
import gazetteer from '../../../data/reference/gazetteer.json';
import membership from '../../../data/reference/membership.json';
import officials from '../../../data/reference/officials.json';
import summits from '../../../data/reference/summits.json';
import themes from '../../../data/reference/themes.json';
import { OwnCorpusBuilder, type NewArticle, type OwnArticle, type OwnCorpusResult } from '../../../scripts/import/ownCorpus';
import { prepare } from '../../../scripts/preprocess/buildData';
import { checkCore, parseJsonText } from '../../model/parse';
import { parseReferenceData } from '../../../scripts/preprocess/reference/parse';

export interface BuildRequest {
  id: number;
  /** Absolute address of the shipped core (a worker resolves relative ones against its own script). */
  coreUrl: string;
  /** The shipped core's generatedAt as the page loaded it: the worker's must be the same run's. */
  shippedGeneratedAt: string;
  kept: OwnArticle[];
  added: NewArticle[];
  generatedAt: string;
}

export interface BuildTimings {
  /** Reference data checked and indexed, shipped core fetched, checked and read into facts (first build only). */
  startMs: number;
  buildMs: number;
}

export type BuildReply = { id: number; ok: true; result: OwnCorpusResult; timings: BuildTimings } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let builder: Promise<OwnCorpusBuilder> | undefined;

async function startBuilder(request: BuildRequest): Promise<OwnCorpusBuilder> {
  const prepared = prepare(parseReferenceData({ attribution, gazetteer, membership, officials, summits, themes }));
  let response: Response;
  try {
    response = await fetch(request.coreUrl);
  } catch (error) {
    throw new Error(`could not fetch the shipped data (${request.coreUrl}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) throw new Error(`the shipped data (${request.coreUrl}) could not be read (HTTP ${response.status}); reload the page`);
  const json = parseJsonText(await response.text(), 'The shipped data');
  const core = json.ok ? checkCore(json.data) : json;
  if (!core.ok) throw new Error([core.problem.title, ...core.problem.details].join(' '));
  if (core.data.generatedAt !== request.shippedGeneratedAt) {
    throw new Error(`the shipped data was built again (${core.data.generatedAt}) since this page loaded it (${request.shippedGeneratedAt}); reload the page`);
  }
  return new OwnCorpusBuilder(prepared, core.data);
}

async function handle(request: BuildRequest): Promise<void> {
  const started = performance.now();
  try {
    if (builder === undefined) {
      builder = startBuilder(request);
      // A failed start is tried again on the next request (a network hiccup, a rebuilt site).
      builder.catch(() => (builder = undefined));
    }
    const ready = await builder;
    const built = performance.now();
    const result = ready.build(request.kept, request.added, request.generatedAt);
    const reply: BuildReply = { id: request.id, ok: true, result, timings: { startMs: built - started, buildMs: performance.now() - built } };
    scope.postMessage(reply);
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies BuildReply);
  }
}

scope.onmessage = (event: MessageEvent<BuildRequest>) => void handle(event.data);
