/**
 * Stage 6, write: atomically. Each new file is written beside the old one and renamed over it, so a
 * failed run — or a reader in the middle of a run — always sees the last complete file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes pieces of text to a temporary file in the target folder, then renames it into place. */
function writeAtomically(file: string, write: (append: (text: string) => void) => void): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    const target = fd;
    let buffer: string[] = [];
    let size = 0;
    const flush = () => {
      if (buffer.length > 0) writeSync(target, buffer.join(''));
      buffer = [];
      size = 0;
    };
    write((text) => {
      buffer.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    });
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

export function writeFileAtomically(file: string, content: string): void {
  writeAtomically(file, (append) => append(content));
}

/**
 * A list written as it is made: an array in the JSON, its elements produced one at a time, so a
 * table of millions of rows never exists whole in memory.
 */
export class StreamedList<T = unknown> {
  constructor(readonly elements: () => Iterable<T>) {}
}

/** Elements of a StreamedList stringified together. */
const STREAM_BATCH = 2048;

/** Writes `value` as JSON, opening arrays and objects `depth` levels deep so no level is one huge string. */
function appendJson(value: unknown, depth: number, append: (text: string) => void): void {
  if (value instanceof StreamedList) {
    append('[');
    // Elements a batch at a time: one JSON.stringify of an array of rows is several times faster
    // than one per row, and gives the same bytes (undefined → null alike) between its brackets.
    let batch: unknown[] = [];
    let first = true;
    const flush = () => {
      append((first ? '' : ',') + JSON.stringify(batch).slice(1, -1));
      first = false;
      batch = [];
    };
    for (const item of value.elements() as Iterable<unknown>) {
      batch.push(item);
      if (batch.length === STREAM_BATCH) flush();
    }
    if (batch.length > 0) flush();
    append(']');
    return;
  }
  if (depth === 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    append(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    append('[');
    value.forEach((item, i) => {
      if (i > 0) append(',');
      appendJson(item === undefined || typeof item === 'function' ? null : item, depth - 1, append);
    });
    append(']');
    return;
  }
  append('{');
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    append(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    appendJson(field, depth - 1, append);
  }
  append('}');
}

/**
 * The same bytes as `JSON.stringify(value)` + newline (a StreamedList as the array it yields),
 * written list element by list element (three levels deep: the core's link tables sit in an
 * object), so a corpus-sized file never has to exist as one string in memory.
 */
export function writeJsonAtomically(file: string, value: Record<string, unknown>): void {
  writeAtomically(file, (append) => {
    appendJson(value, 3, append);
    append('\n');
  });
}
