/**
 * A worker thread of the pipeline: compiles the reference data the main thread has parsed, then
 * analyses the files the main thread sends it, one message each way per file. An InputError goes back as data (file,
 * reason, line) so the main thread can name it as it would in one thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../inputError';
import { prepare } from '../pipeline';
import { analyseFile } from './analyseFile';
import type { FromWorker, ToWorker, WorkerSetup } from './messages';

const { referenceDir, reference } = workerData as WorkerSetup;
const prepared = prepare(reference, referenceDir);
const port = parentPort;
if (port === null) throw new Error('analysisWorker.ts runs as a worker thread');

port.on('message', ({ index, file }: ToWorker) => {
  let reply: FromWorker;
  try {
    const { facts, evidenceText } = analyseFile(file, prepared);
    reply = { kind: 'findings', index, facts: JSON.stringify(facts), evidenceText };
  } catch (error) {
    reply =
      error instanceof InputError
        ? { kind: 'input-error', index, file: error.file, reason: error.reason, ...(error.line === undefined ? {} : { line: error.line }) }
        : { kind: 'failure', index, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies FromWorker);
