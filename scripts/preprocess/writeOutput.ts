/**
 * Stage 6, write: atomically. Each new file is written beside the old one and renamed over it, so a
 * failed run — or a reader in the middle of a run — always sees the last complete file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { appendJson } from './streamedJson';

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
