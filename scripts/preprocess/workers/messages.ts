/** What the pipeline's main thread and its worker threads say to each other, and the memory they share. */
import type { ReferenceData } from '../reference/parse';

/**
 * The hand-out, in memory every thread sees (a SharedArrayBuffer as an Int32Array): the next file
 * to take, whether to stop taking, and per worker the file it is analysing (-1 between files).
 * Every thread takes its next file itself with one atomic add, so no thread waits for another's
 * message to go on, and the files are shared out one at a time to the very end.
 */
export const NEXT = 0;
export const STOP = 1;
/** Worker w's slot: the file it is on. */
export const onFile = (worker: number) => 2 + worker;
export const sharedInts = (workers: number) => 2 + workers;

/** A worker's workerData: the reference files as the main thread parsed and checked them, so no worker reads them again. */
export interface WorkerSetup {
  referenceDir: string;
  reference: ReferenceData;
  files: readonly string[];
  /** The hand-out (see NEXT, STOP, onFile). */
  shared: SharedArrayBuffer;
  /** This worker's number, for its onFile slot. */
  worker: number;
}

/** Findings of several files in one message: one message and one JSON.parse for many files. */
export interface FindingsBatch {
  kind: 'findings';
  indices: number[];
  /** The files' facts, a JSON array in the order of `indices`: V8 parses JSON faster than it copies as many small objects between threads. */
  facts: string;
  /**
   * JSON.stringify of each file's evidence entry as UTF-8, end to end in the order of `indices`
   * (transferred, not copied): the bytes the spool writes, encoded here rather than in the main thread.
   */
  evidence: Uint8Array;
  /** Each file's share of `evidence`, in bytes. */
  evidenceBytes: number[];
}

export type FromWorker =
  /** Set up, and holding its first file. */
  | { kind: 'ready' }
  | FindingsBatch
  | { kind: 'input-error'; index: number; file: string; reason: string; line?: number }
  | { kind: 'failure'; index: number; message: string }
  /** No file left for it (or told to stop): everything it analysed has been sent. */
  | { kind: 'done' };
