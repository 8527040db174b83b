/**
 * JSON written in pieces, without the file system: the pipeline's big tables as StreamedLists, and
 * the serialiser that writes them. Pure, so the stages that build those tables (validate, the map
 * file) run in the browser worker too; writeOutput.ts puts the pieces in a file.
 */

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
export function appendJson(value: unknown, depth: number, append: (text: string) => void): void {
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
