/**
 * The articles already in the corpus, by url and by title and date, so an import can say which
 * file a page duplicates. Uses the pipeline's own reader and duplicate keys: what the import lets
 * in, the pipeline will not later reject as the same article twice.
 */
import { InputError } from '../preprocess/inputError';
import type { RawArticle } from '../preprocess/rawArticle';
import { readArticleFile } from '../preprocess/readArticle';
import { listArticleFiles } from '../preprocess/readCorpus';
import { titleDateKey, urlKey } from '../preprocess/sameArticle';

type Keyed = Pick<RawArticle, 'title' | 'published' | 'url'>;

export class CorpusIndex {
  private readonly byUrl = new Map<string, string>();
  private readonly byTitleDate = new Map<string, string>();
  /** Files in the folder that could not be read; they are not checked against. */
  readonly unreadable: InputError[] = [];

  static ofFolder(dir: string): CorpusIndex {
    const index = new CorpusIndex();
    let files: string[];
    try {
      files = listArticleFiles(dir);
    } catch {
      // A folder that does not exist yet holds no articles; the first import creates it.
      return index;
    }
    for (const file of files) {
      try {
        index.add(readArticleFile(file), file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        index.unreadable.push(error);
      }
    }
    return index;
  }

  add(article: Keyed, file: string): void {
    if (article.url !== undefined) this.byUrl.set(urlKey(article.url), file);
    this.byTitleDate.set(titleDateKey(article), file);
  }

  /** The file that already holds this article, and how it matched; a file in `except` (the one --force replaces) does not count. */
  find(article: Keyed, except?: string): { file: string; why: string } | undefined {
    const byUrl = article.url === undefined ? undefined : this.byUrl.get(urlKey(article.url));
    if (byUrl !== undefined && byUrl !== except) return { file: byUrl, why: `the same url (${article.url})` };
    const byTitle = this.byTitleDate.get(titleDateKey(article));
    if (byTitle !== undefined && byTitle !== except) return { file: byTitle, why: `the same title and date ("${article.title}", ${article.published})` };
    return undefined;
  }
}
