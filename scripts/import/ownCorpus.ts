/**
 * The shipped data plus a person's own articles → one core and its evidence, with the own articles
 * marked. Pure, and the same stages as `npm run preprocess`: each own article is read from its
 * Markdown (parseArticleText), analysed into facts and evidence (findingsOf), and given with the
 * shipped articles' facts — read back from the shipped core (coreFacts.ts) — to one CoreBuilder;
 * the own articles' evidence goes into shards of their own (ownEvidence.ts). The app runs it in a
 * Web Worker, with the shipped core it fetched, and never needs the shipped articles' words.
 *
 * One bad file never stops the others: it is rejected with the reader's message (file, line and
 * reason, as the CLI prints it), and the good files still go in.
 */
import type { ArticleEvidence, CoreFile } from '../../src/model/coreSchema';
import { findingsOf, type Findings, type Prepared } from '../preprocess/buildData';
import { materializeCore } from '../preprocess/builtCore';
import { CoreBuilder } from '../preprocess/coreBuilder';
import { factsOfCore } from '../preprocess/coreFacts';
import type { ArticleFacts } from '../preprocess/findings';
import { InputError } from '../preprocess/inputError';
import { parseArticleText } from '../preprocess/parseArticle';
import { ArticleKeys, duplicateReason, type Duplicate } from '../preprocess/sameArticle';
import { articleFileFromBytes, articleFileFromForm, PASTED, type ArticleFile, type PastedArticle } from './articleFile';
import type { EvidencePart } from '../../src/model/evidenceParts';
import { evidenceParts, partRefs } from './ownEvidence';

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
  /** The core the app shows: the shipped articles and the own ones (`own: true`); the app's loader checks it. */
  core: CoreFile;
  /** Where the core's evidence is, one part per entry of `core.evidence`. */
  evidence: EvidencePart[];
  /** The new articles that went in, as they are to be kept. */
  added: Array<OwnArticle & { from: string; title: string }>;
  /** New articles that could not go in, and kept ones that no longer can (now shipped too). */
  rejected: Rejected[];
}

/** Here ids come from the date, outlet and title (articleFile.ts), so the same id is the same article. */
const sameArticleReason = (file: ArticleFile, same: Duplicate) =>
  same.key === 'id' ? `the same article twice: same date, outlet and title as ${same.other.file}` : duplicateReason(file.article, same);

const messageOf = (error: unknown, name: string) => (error instanceof InputError ? error.message : `${name}: ${error instanceof Error ? error.message : String(error)}`);

/** The prepared reference data and the shipped core's facts, with each own article's findings kept between builds. */
export class OwnCorpusBuilder {
  /** Findings by Markdown text: removing one article does not analyse the others again. */
  private readonly analysed = new Map<string, Findings>();
  private readonly shippedFacts: ArticleFacts[];

  constructor(
    private readonly prepared: Prepared,
    private readonly shipped: CoreFile,
  ) {
    this.shippedFacts = factsOfCore(shipped);
  }

  private findings(file: ArticleFile): Findings {
    let found = this.analysed.get(file.markdown);
    if (found === undefined) {
      found = findingsOf(file.article, this.prepared);
      this.analysed.set(file.markdown, found);
    }
    return found;
  }

  build(kept: readonly OwnArticle[], added: readonly NewArticle[], generatedAt: string): OwnCorpusResult {
    const keys = new ArticleKeys();
    for (const { article } of this.shippedFacts) keys.add(article);
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

    const ownFindings = own.map((file) => this.findings(file));
    const builder = new CoreBuilder(this.prepared.reference, this.prepared.context.gazetteer);
    this.shippedFacts.forEach((facts, i) => builder.add(i, facts));
    ownFindings.forEach((found, i) => builder.add(this.shippedFacts.length + i, found.facts));
    const built = builder.finish(generatedAt);
    const ownEvidence = new Map<string, ArticleEvidence>(ownFindings.map((found) => [found.evidence.id, found.evidence]));
    const evidence = evidenceParts(built.articleIds, this.shipped, ownEvidence);
    const core = materializeCore(built, partRefs(evidence));
    core.articles = core.articles.map((article) => (ownEvidence.has(article.id) ? { ...article, own: true } : article));
    // Forget removed articles' findings, so a long session does not keep every article ever added.
    const live = new Set(own.map((file) => file.markdown));
    for (const markdown of this.analysed.keys()) if (!live.has(markdown)) this.analysed.delete(markdown);
    // Not checked here: the app loads it through the loader that checks every data set (loadAtlas).
    return { core, evidence, added: addedFiles, rejected };
  }
}
