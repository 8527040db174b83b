import { generateCorpus } from '../../bench/corpus/generate';
import { toMarkdown } from '../../bench/corpus/article';
import { FALLBACK_LEXICON } from '../../bench/corpus/lexicon';
import { assembleAtlas, findingsOf, type Findings } from './buildData';
import { materializeCore } from './builtCore';
import { CoreBuilder } from './coreBuilder';
import { factsOfCore } from './coreFacts';
import { parseArticleText } from './parseArticle';
import { readArticleFile } from './readArticle';
import { listArticleFiles } from './readCorpus';
import { prepared } from './testSupport';

const GENERATED_AT = '2025-01-01T00:00:00.000Z';

/** The seeds, the candidate examples and synthetic articles: people met again across articles, with and without descriptions. */
function corpusFindings(): Findings[] {
  const files = [...listArticleFiles('data/articles'), ...listArticleFiles('data/eval/candidates/articles')].map(readArticleFile);
  const synthetic = generateCorpus(300, FALLBACK_LEXICON, 11).articles.map((a) => parseArticleText(a.fileName, toMarkdown(a)));
  return [...files, ...synthetic].map((article) => findingsOf(article, prepared()));
}

const coreOf = (facts: ReadonlyArray<Findings['facts']>) => {
  const builder = new CoreBuilder(prepared().reference, prepared().context.gazetteer);
  facts.forEach((f, i) => builder.add(i, f));
  return materializeCore(builder.finish(GENERATED_AT), []);
};

describe('the core read back into facts', () => {
  const findings = corpusFindings();

  it('builds the same core again', () => {
    const { core } = assembleAtlas(findings, prepared(), GENERATED_AT);
    const again = coreOf(factsOfCore(core));
    expect(again).toEqual({ ...core, evidence: [] });
  });

  it('with more articles, gives the core built from every article’s own facts', () => {
    // Every seventh article is "added" later: their dates fall between the others'.
    const shipped = findings.filter((_, i) => i % 7 !== 3);
    const added = findings.filter((_, i) => i % 7 === 3);
    const { core: shippedCore } = assembleAtlas(shipped, prepared(), GENERATED_AT);
    const combined = coreOf([...factsOfCore(shippedCore), ...added.map((f) => f.facts)]);
    expect(combined).toEqual(coreOf(findings.map((f) => f.facts)));
  });
});
