/**
 * The main thread's side of the pipeline worker: one worker for the page's life (it keeps the
 * prepared reference data, the shipped core's facts and each article's analysis between builds), and
 * one build at a time, in the order asked.
 */
import type { NewArticle, OwnArticle, OwnCorpusResult } from '../../../scripts/import/ownCorpus';
import { CORE_URL } from '../../model/dataFiles';
import type { BuildReply, BuildRequest, BuildTimings } from './ownCorpus.worker';

export type BuildOutcome = { ok: true; result: OwnCorpusResult; timings: BuildTimings } | { ok: false; message: string };

let worker: Worker | undefined;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();
const waiting = new Map<number, (outcome: BuildOutcome) => void>();

function pipelineWorker(): Worker {
  if (worker !== undefined) return worker;
  const started = new Worker(new URL('./ownCorpus.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<BuildReply>) => {
    const { id, ...outcome } = event.data;
    waiting.get(id)?.(outcome);
    waiting.delete(id);
  };
  started.onerror = (event) => {
    // A worker that cannot start (or crashes) fails every build waiting on it; the next build starts a new one.
    event.preventDefault();
    for (const done of waiting.values()) done({ ok: false, message: `the article pipeline stopped: ${event.message || 'the worker could not start'}` });
    waiting.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

function send(request: Omit<BuildRequest, 'id'>): Promise<BuildOutcome> {
  const id = nextId++;
  return new Promise<BuildOutcome>((resolve) => {
    waiting.set(id, resolve);
    pipelineWorker().postMessage({ ...request, id } satisfies BuildRequest);
  });
}

/** Builds the shipped data plus the kept and the added articles; never rejects. */
export function buildOwnCorpus(shippedGeneratedAt: string, kept: readonly OwnArticle[], added: readonly NewArticle[]): Promise<BuildOutcome> {
  const request = {
    coreUrl: new URL(CORE_URL, document.baseURI).href,
    shippedGeneratedAt,
    kept: kept.map(({ fileName, markdown }) => ({ fileName, markdown })),
    added: [...added],
    generatedAt: new Date().toISOString(),
  };
  const run = queue.then(() => send(request));
  queue = run;
  return run;
}
