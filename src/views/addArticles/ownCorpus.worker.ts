/**
 * The pipeline in the browser: the person's files → read → segment → extract → link → validate,
 * with the shipped articles' findings, off the main thread. The same stages as `npm run preprocess`
 * (scripts/import/ownCorpus.ts); the reference data is bundled and checked with the same schemas.
 * Nothing leaves the browser: the only request is for the shipped findings, from the app's own origin.
 */
// First: zod must not compile parsers with `new Function` under the Content Security Policy.
import '../../model/zodWithoutEval';
import attribution from '../../../data/reference/attribution.json';
import gazetteer from '../../../data/reference/gazetteer.json';
import membership from '../../../data/reference/membership.json';
import summits from '../../../data/reference/summits.json';
import themes from '../../../data/reference/themes.json';
import { OwnCorpusBuilder, type NewArticle, type OwnArticle, type OwnCorpusResult } from '../../../scripts/import/ownCorpus';
import { analysesFromJson } from '../../../scripts/preprocess/analysesFile';
import { prepare } from '../../../scripts/preprocess/buildData';
import { parseReferenceData } from '../../../scripts/preprocess/reference/parse';

export interface BuildRequest {
  id: number;
  /** Absolute address of sco.analyses.json (a worker resolves relative ones against its own script). */
  analysesUrl: string;
  /** The shipped sco.json's generatedAt: the findings must come from the same run. */
  shippedGeneratedAt: string;
  kept: OwnArticle[];
  added: NewArticle[];
  generatedAt: string;
}

export interface BuildTimings {
  /** Reference data checked and indexed, shipped findings fetched and checked (first build only). */
  startMs: number;
  buildMs: number;
}

export type BuildReply = { id: number; ok: true; result: OwnCorpusResult; timings: BuildTimings } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let builder: Promise<OwnCorpusBuilder> | undefined;

async function startBuilder(request: BuildRequest): Promise<OwnCorpusBuilder> {
  const prepared = prepare(parseReferenceData({ attribution, gazetteer, membership, summits, themes }));
  let response: Response;
  try {
    response = await fetch(request.analysesUrl);
  } catch (error) {
    throw new Error(`could not fetch the shipped articles' findings (${request.analysesUrl}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response.ok) throw new Error(`the shipped articles' findings (${request.analysesUrl}) could not be read (HTTP ${response.status}); run npm run build again`);
  const read = analysesFromJson(await response.json());
  if (!read.ok) throw new Error(read.problem);
  if (read.generatedAt !== request.shippedGeneratedAt) {
    throw new Error(`the shipped articles' findings are from another run (${read.generatedAt}) than sco.json (${request.shippedGeneratedAt}); run npm run build again`);
  }
  return new OwnCorpusBuilder(prepared, read.analyses);
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
