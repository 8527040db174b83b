/**
 * The folder run on worker threads gives the same data folder, byte for byte, as one thread, and
 * the same as the pure in-memory path (assembleAtlas); a bad file is named as one thread names it.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate';
import { loadLexicon } from '../../bench/corpus/loadLexicon';
import { CORE_FILE } from '../../src/model/dataFiles';
import { InputError } from './inputError';
import { assembleAtlas, findingsOf } from './pipeline';
import { listArticles } from './readCorpus';
import { readArticleFile } from './readArticle';
import { runOnFolder } from './runOnFolder';
import { prepared } from './testSupport';
import { analyseFiles, type PoolFindings } from './workers/analysePool';

const GENERATED_AT = '2026-01-01T00:00:00.000Z';
/** Small shards, so the corpus spans many and a wrong order would show in their names and bytes. */
const SHARD_BYTES = 4096;

/** An invented corpus: generated articles (experts across articles, dates out of file order) and the two seeds. */
function inventedCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'sco-jobs-'));
  const articles = join(root, 'articles');
  writeCorpus(generateCorpus(48, loadLexicon().lexicon, 7), articles, join(root, 'key.json'));
  for (const seed of readdirSync('data/articles')) copyFileSync(join('data/articles', seed), join(articles, seed));
  return articles;
}

/** Every file of a data folder with its bytes. */
function folderBytes(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function runWith(articlesDir: string, jobs: number) {
  const outDir = mkdtempSync(join(tmpdir(), `sco-jobs-${jobs}-`));
  // This thread analyses too: it waits for the workers, so that they certainly get files.
  const result = await runOnFolder({ articlesDir, referenceDir: 'data/reference', outDir, jobs, generatedAt: GENERATED_AT, shardBytes: SHARD_BYTES, waitForWorkers: true });
  return { outDir, result, files: folderBytes(outDir) };
}

describe('the pipeline on worker threads', () => {
  const articles = inventedCorpus();

  it('writes the same bytes in every file with 1, 2 and 3 jobs', async () => {
    const one = await runWith(articles, 1);
    expect(one.result.articles).toBe(50);
    expect(one.result.shards).toBeGreaterThan(3);
    expect([...one.files.keys()].filter((f) => f.startsWith('evidence/'))).toHaveLength(one.result.shards);
    for (const jobs of [2, 3]) {
      const many = await runWith(articles, jobs);
      expect([...many.files.keys()]).toEqual([...one.files.keys()]);
      for (const [file, bytes] of one.files) expect({ file, same: many.files.get(file)?.equals(bytes) }).toEqual({ file, same: true });
    }
  });

  it('hands every file to exactly one thread, this one and a worker both, with the findings one thread gives', async () => {
    const files = listArticles(articles).files;
    const alone = new Map<number, PoolFindings>();
    await analyseFiles(files, { jobs: 1, referenceDir: 'data/reference', prepared: prepared(), onFindings: (index, found) => alone.set(index, found) });
    const seen: Array<{ index: number; found: PoolFindings; byWorker: boolean }> = [];
    await analyseFiles(files, {
      jobs: 2,
      referenceDir: 'data/reference',
      prepared: prepared(),
      waitForWorkers: true,
      onFindings: (index, found, byWorker) => seen.push({ index, found, byWorker }),
    });
    expect(seen.map((s) => s.index).sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(seen.some((s) => s.byWorker)).toBe(true);
    expect(seen.some((s) => !s.byWorker)).toBe(true);
    for (const { index, found } of seen) expect({ index, found }).toEqual({ index, found: alone.get(index) });
  });

  it('writes what the pure in-memory path builds from the same articles', async () => {
    const { files } = await runWith(articles, 2);
    const findings = listArticles(articles).files.map((file) => findingsOf(readArticleFile(file), prepared()));
    // Reversed: the in-memory path must not depend on the order the findings come in either.
    const { core, shards } = assembleAtlas(findings.reverse(), prepared(), GENERATED_AT, { shardBytes: SHARD_BYTES });
    expect(files.get(CORE_FILE)?.toString('utf8')).toBe(`${JSON.stringify(core)}\n`);
    for (const { file, shard } of shards) expect(files.get(file)?.toString('utf8')).toBe(`${JSON.stringify(shard)}\n`);
  });

  it('names the first bad file in file order, as one thread does, and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sco-jobs-bad-'));
    const bad = join(root, 'articles');
    writeCorpus(generateCorpus(30, loadLexicon().lexicon, 11), bad, join(root, 'key.json'));
    const names = readdirSync(bad).sort();
    // Two bad files: the later one may well be analysed first by another thread.
    writeFileSync(join(bad, `${names[20]?.replace(/\.md$/, '')}-b.md`), '---\ntitle: No date\noutlet: Test\n---\nText.\n');
    writeFileSync(join(bad, `${names[5]?.replace(/\.md$/, '')}-b.md`), '');
    const errors = [];
    for (const jobs of [1, 2]) {
      const outDir = join(root, `out-${jobs}`);
      const error: unknown = await runOnFolder({ articlesDir: bad, referenceDir: 'data/reference', outDir, jobs, generatedAt: GENERATED_AT }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      errors.push((error as Error).message);
      expect(() => readdirSync(outDir)).toThrow(/ENOENT/);
    }
    expect(errors[1]).toBe(errors[0]);
    expect(errors[0]).toMatch(/-b\.md: the file is empty/);
  });

  it.each(['throw', 'exit'])('stops with the file a dying worker was on (%s), and writes nothing', async (how) => {
    const root = mkdtempSync(join(tmpdir(), 'sco-jobs-dies-'));
    const outDir = join(root, 'out');
    process.env.DYING_WORKER = how;
    try {
      const workerEntry = new URL('./workers/fixtures/dyingWorker.mjs', import.meta.url);
      // This thread analyses too: it waits until the worker is up and has its first files.
      const error: unknown = await runOnFolder({ articlesDir: articles, referenceDir: 'data/reference', outDir, jobs: 2, generatedAt: GENERATED_AT, workerEntry, waitForWorkers: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(InputError);
      // The fixture dies on the second file it takes: which one that is depends on the timing, but it is one of the corpus's.
      const named = /a worker thread died while analysing (\S+\.md): (.*)/s.exec((error as Error).message);
      expect(listArticles(articles).files).toContain(named?.[1]);
      expect(named?.[2]).toMatch(how === 'exit' ? /^it exited with code 7$/ : /native code fell over/);
      expect(() => readdirSync(outDir)).toThrow(/ENOENT/);
    } finally {
      delete process.env.DYING_WORKER;
    }
  });
});
