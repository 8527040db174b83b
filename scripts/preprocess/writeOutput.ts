/**
 * Stage 6, write: atomically. The new file is written beside the old one and renamed over it, so a
 * failed run — or a reader in the middle of a run — always sees the last complete sco.json.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomically(file: string, content: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** sco.json → sco.schema.json in the same folder. */
export function schemaFileFor(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile, '.json')}.schema.json`);
}
