/** What the pipeline's main thread and its worker threads say to each other. */
import type { ReferenceData } from '../reference/parse';
import type { FileFindings } from './analyseFile';

/** A worker's workerData: the reference files as the main thread parsed and checked them, so no worker reads them again. */
export interface WorkerSetup {
  referenceDir: string;
  reference: ReferenceData;
}

export interface ToWorker {
  index: number;
  file: string;
}

export type FromWorker =
  | { kind: 'ready' }
  /** The facts as JSON: V8 parses JSON faster than it copies as many small objects between threads. */
  | { kind: 'findings'; index: number; facts: string; evidenceText: FileFindings['evidenceText'] }
  | { kind: 'input-error'; index: number; file: string; reason: string; line?: number }
  | { kind: 'failure'; index: number; message: string };
