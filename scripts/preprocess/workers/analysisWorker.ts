/**
 * A worker thread of the pipeline: compiles the reference data the main thread has parsed, then
 * takes files one at a time from the shared hand-out (messages.ts) until none is left, sending
 * the findings back a batch of files per message. An InputError goes back as data (file, reason,
 * line) so the main thread can name it as it would in one thread; any error stops the hand-out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../inputError';
import { prepare } from '../pipeline';
import { analyseFile } from './analyseFile';
import { NEXT, onFile, STOP, type FromWorker, type WorkerSetup } from './messages';

/** Files whose findings go back in one message: fewer messages, and the main thread still hears often. */
const BATCH = 16;

const { referenceDir, reference, files, shared, worker } = workerData as WorkerSetup;
const prepared = prepare(reference, referenceDir);
const port = parentPort;
if (port === null) throw new Error('analysisWorker.ts runs as a worker thread');
const state = new Int32Array(shared);

const take = (): number | null => {
  if (Atomics.load(state, STOP) !== 0) return null;
  const index = Atomics.add(state, NEXT, 1);
  if (index >= files.length) return null;
  Atomics.store(state, onFile(worker), index);
  return index;
};

let indices: number[] = [];
let facts: unknown[] = [];
let evidenceTexts: string[] = [];
const flush = () => {
  if (indices.length === 0) return;
  const evidenceBytes = evidenceTexts.map((text) => Buffer.byteLength(text, 'utf8'));
  // A buffer of its own (not a slice of Node's pool), so that it can be handed over rather than copied.
  const evidence = Buffer.allocUnsafeSlow(evidenceBytes.reduce((sum, n) => sum + n, 0));
  let at = 0;
  for (const text of evidenceTexts) at += evidence.write(text, at, 'utf8');
  port.postMessage({ kind: 'findings', indices, facts: JSON.stringify(facts), evidence, evidenceBytes } satisfies FromWorker, [evidence.buffer]);
  indices = [];
  facts = [];
  evidenceTexts = [];
};

let index = take();
port.postMessage({ kind: 'ready' } satisfies FromWorker);
for (; index !== null; index = take()) {
  try {
    const found = analyseFile(files[index] as string, prepared);
    indices.push(index);
    facts.push(found.facts);
    evidenceTexts.push(found.evidenceText);
  } catch (error) {
    // The files before it still count: their findings go first.
    Atomics.store(state, STOP, 1);
    flush();
    port.postMessage(
      (error instanceof InputError
        ? { kind: 'input-error', index, file: error.file, reason: error.reason, ...(error.line === undefined ? {} : { line: error.line }) }
        : { kind: 'failure', index, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }) satisfies FromWorker,
    );
  }
  Atomics.store(state, onFile(worker), -1);
  if (indices.length === BATCH) flush();
}
flush();
port.postMessage({ kind: 'done' } satisfies FromWorker);
