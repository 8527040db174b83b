/**
 * The shipped corpus plus a person's own articles → one validated ScoData, with the own articles
 * marked. Pure, and the same stages as `npm run preprocess`: each own article is read from its
 * Markdown (parseArticleText), analysed (analyseArticle), and linked with the shipped articles'
 * findings (assembleScoData), then the whole is validated. The app runs it in a Web Worker.
 *
 * One bad file never stops the others: it is rejected with the reader's message (file, line and
 * reason, as the CLI prints it), and the good files still go in.
 */
import { analyseArticle, type ArticleAnalysis } from '../preprocess/analyseArticle';
import { link, type Prepared } from '../preprocess/buildData';
import { InputError } from '../preprocess/inputError';
import type { ScoData } from '../preprocess/model';
import { parseArticleText } from '../preprocess/parseArticle';
import { ArticleKeys, duplicateReason, type Duplicate } from '../preprocess/sameArticle';
import { validateScoData } from '../preprocess/validate';
import { articleFileFromBytes, articleFileFromForm, PASTED, type ArticleFile, type PastedArticle } from './articleFile';

/** An own article as it is kept: the file it would be in data/articles. */
export interface OwnArticle {
  fileName: string;
  markdown: string;
}

export type NewArticle = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'pasted'; pasted: PastedArticle };

export interface Rejected {
  /** The file's name as the person gave it ("pasted article" for the form). */
  name: string;
  /** The CLI's message: `file:line: reason`. */
  message: string;
}

export interface OwnCorpusResult {
  data: ScoData;
  /** The new articles that went in, as they are to be kept. */
  added: Array<OwnArticle & { from: string; title: string }>;
  /** New articles that could not go in, and kept ones that no longer can (now shipped too). */
  rejected: Rejected[];
}

/** Here ids come from the date, outlet and title (articleFile.ts), so the same id is the same article. */
const sameArticleReason = (file: ArticleFile, same: Duplicate) =>
  same.key === 'id' ? `the same article twice: same date, outlet and title as ${same.other.file}` : duplicateReason(file.article, same);

const messageOf = (error: unknown, name: string) => (error instanceof InputError ? error.message : `${name}: ${error instanceof Error ? error.message : String(error)}`);

/** The prepared reference data and the shipped findings, with each own article's findings kept between builds. */
export class OwnCorpusBuilder {
  /** Analyses by Markdown text: removing one article does not analyse the others again. */
  private readonly analysed = new Map<string, ArticleAnalysis>();

  constructor(
    private readonly prepared: Prepared,
    private readonly shipped: readonly ArticleAnalysis[],
  ) {}

  private analyse(file: ArticleFile): ArticleAnalysis {
    let analysis = this.analysed.get(file.markdown);
    if (analysis === undefined) {
      analysis = analyseArticle(file.article, this.prepared.context);
      this.analysed.set(file.markdown, analysis);
    }
    return analysis;
  }

  build(kept: readonly OwnArticle[], added: readonly NewArticle[], generatedAt: string): OwnCorpusResult {
    const keys = new ArticleKeys();
    for (const { article } of this.shipped) keys.add(article);
    const rejected: Rejected[] = [];
    const own: ArticleFile[] = [];
    const accept = (name: string, read: () => ArticleFile): ArticleFile | undefined => {
      try {
        const file = read();
        const same = keys.find(file.article);
        if (same !== undefined) throw new InputError(name, sameArticleReason(file, same));
        keys.add({ ...file.article, file: name });
        own.push(file);
        return file;
      } catch (error) {
        rejected.push({ name, message: messageOf(error, name) });
        return undefined;
      }
    };
    for (const article of kept) accept(article.fileName, () => ({ ...article, article: parseArticleText(article.fileName, article.markdown) }));
    const addedFiles: OwnCorpusResult['added'] = [];
    for (const item of added) {
      const name = item.kind === 'file' ? item.name : PASTED;
      const file = accept(name, () => (item.kind === 'file' ? articleFileFromBytes(item.name, item.bytes) : articleFileFromForm(item.pasted)));
      if (file !== undefined) addedFiles.push({ fileName: file.fileName, markdown: file.markdown, from: name, title: file.article.title });
    }

    const analyses = [...this.shipped, ...own.map((file) => this.analyse(file))];
    const data = link(this.prepared, analyses, generatedAt);
    const ownIds = new Set(own.map((file) => file.article.id));
    for (const article of data.articles) if (ownIds.has(article.id)) article.own = true;
    // Forget removed articles' findings, so a long session does not keep every article ever added.
    const live = new Set(own.map((file) => file.markdown));
    for (const markdown of this.analysed.keys()) if (!live.has(markdown)) this.analysed.delete(markdown);
    return { data: validateScoData(data), added: addedFiles, rejected };
  }
}
