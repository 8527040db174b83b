/**
 * The command line's arguments → the pages to import: files, the web pages in folders, and
 * http(s) addresses. Anything else is skipped with the reason, never dropped in silence.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HTML_EXTENSIONS } from '../preprocess/html/readHtmlArticle';
import { extensionOf } from '../preprocess/rawArticle';
import type { Skip } from './report';

export type Source = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface Sources {
  sources: Source[];
  skipped: Skip[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function notAPage(path: string): Skip {
  const extension = extensionOf(path);
  const hint = ['.md', '.txt'].includes(extension) ? '; Markdown and text articles go straight into the articles folder' : '';
  return { source: path, problem: 'not HTML', reason: `not a web page (${extension === '' ? 'no extension' : extension}; pages are ${HTML_EXTENSIONS.join(', ')})${hint}` };
}

function pagesInFolder(dir: string, into: Sources): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    into.skipped.push({ source: dir, problem: 'unreadable', reason: `cannot read the folder (${errorCode(error)})` });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isFile: boolean;
    try {
      isFile = statSync(path).isFile();
    } catch (error) {
      into.skipped.push({ source: path, problem: 'unreadable', reason: `cannot read it (${errorCode(error)})` });
      continue;
    }
    // A browser's "Save page" puts images and scripts in a "<name>_files" folder beside the page.
    if (!isFile) into.skipped.push({ source: path, problem: 'not HTML', reason: 'a folder (import reads the pages in a folder, not in its subfolders)' });
    else if (HTML_EXTENSIONS.includes(extensionOf(name))) into.sources.push({ kind: 'file', path });
    else into.skipped.push(notAPage(path));
  }
}

export function expandSources(args: readonly string[]): Sources {
  const found: Sources = { sources: [], skipped: [] };
  for (const arg of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      let url: URL | undefined;
      try {
        url = new URL(arg);
      } catch {
        url = undefined;
      }
      if (url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:')) found.sources.push({ kind: 'url', url: url.href });
      else found.skipped.push({ source: arg, problem: 'unreadable', reason: 'not an http(s) address' });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch (error) {
      found.skipped.push({ source: arg, problem: 'unreadable', reason: `no such file or folder (${errorCode(error)})` });
      continue;
    }
    if (isFolder) pagesInFolder(arg, found);
    else if (HTML_EXTENSIONS.includes(extensionOf(arg))) found.sources.push({ kind: 'file', path: arg });
    else found.skipped.push(notAPage(arg));
  }
  return found;
}
