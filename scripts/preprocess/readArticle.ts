/** Stage 1, read, from disk: the file's bytes go to the pure reader in parseArticle.ts. */
import { readFileSync } from 'node:fs';
import { InputError } from './inputError';
import { parseArticleBytes } from './parseArticle';
import type { RawArticle } from './rawArticle';

export { ARTICLE_EXTENSIONS, parseArticleBytes, parseArticleText, parseSimpleFrontMatter } from './parseArticle';
export { articleIdFromFile, UNKNOWN_OUTLET, type RawArticle } from './rawArticle';

export function readArticleFile(file: string): RawArticle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseArticleBytes(file, bytes);
}
