/**
 * Stage 6, write: atomically. The new file is written beside the old one and renamed over it, so a
 * failed run — or a reader in the middle of a run — always sees the last complete sco.json.
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
 * The same bytes as `JSON.stringify(value)` + newline, written list element by list element, so a
 * corpus-sized sco.json never has to exist as one string in memory.
 */
export function writeJsonAtomically(file: string, value: Record<string, unknown>): void {
  writeAtomically(file, (append) => {
    append('{');
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) continue;
      append(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(field)) {
        append(JSON.stringify(field));
        continue;
      }
      append('[');
      field.forEach((item, i) => append((i === 0 ? '' : ',') + (JSON.stringify(item) ?? 'null')));
      append(']');
    }
    append('}\n');
  });
}

/** sco.json → sco.schema.json in the same folder. */
export function schemaFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile, '.json')}.schema.json`);
}

/** sco.json → sco.analyses.json in the same folder (analysesFile.ts). */
export function analysesFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile, '.json')}.analyses.json`);
}
