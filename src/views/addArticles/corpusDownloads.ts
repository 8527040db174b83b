/**
 * "Download corpus": the kept articles as a zip of the Markdown files for data/articles/ (fflate,
 * loaded when first used). "Download data": the sco.json the app shows, with the own articles in it.
 */
import { downloadBlob, downloadText } from '../../components/download';
import type { ScoData } from '../../model/schema';
import type { StoredArticle } from '../../state/ownArticlesStore';

export const CORPUS_ZIP_NAME = 'sco-atlas-articles.zip';

/** The zip's bytes: one `<id>.md` per article at the top level, as data/articles/ holds them. */
export async function corpusZip(articles: readonly StoredArticle[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  // A fixed time: the same articles give the same zip.
  const mtime = new Date('2000-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(articles.map((a) => [a.fileName, [strToU8(a.markdown), { mtime }]])), { level: 6 });
}

export async function downloadCorpus(articles: readonly StoredArticle[]): Promise<void> {
  const bytes = await corpusZip(articles);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), CORPUS_ZIP_NAME);
}

export function downloadData(data: ScoData): void {
  downloadText(`${JSON.stringify(data)}\n`, 'sco.json', 'application/json');
}
