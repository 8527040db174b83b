/**
 * The command line end to end on temporary corpora: a good run writes sco.json and its JSON
 * Schema; each kind of bad input exits 1 naming the file (and line) and leaves the previous
 * sco.json byte-for-byte in place.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysesFromJson } from './analysesFile';
import { parseScoData } from '../../src/model/parse';
import { main, type CliOutput } from './runCli';

const SEEDS = ['2022-09-16-global-times-sco-model-of-regional-cooperation.md', '2024-07-astana-times-sco-summit-experts-share-insights.md'];

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliOutput = { out: (t) => out.push(t), err: (t) => err.push(t), isTerminal: false };
  const status = main(args, io);
  return { status, out: out.join(''), err: err.join('') };
}

function seededCorpus() {
  const root = mkdtempSync(join(tmpdir(), 'sco-cli-'));
  const articles = join(root, 'articles');
  mkdirSync(articles);
  for (const seed of SEEDS) copyFileSync(join('data/articles', seed), join(articles, seed));
  const out = join(root, 'out', 'sco.json');
  return { root, articles, out, args: ['--articles', articles, '--out', out] };
}

const front = (fields: string, body = 'The SCO summit opened in Astana.') => `---\n${fields}\n---\n${body}\n`;

describe('npm run preprocess', () => {
  it('writes a valid sco.json and sco.schema.json and prints one summary line', () => {
    const corpus = seededCorpus();
    const result = run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^preprocess: 2 articles, 11 experts, \d+ countries, 4 candidates, 10 themes in \d+\.\d\d s → .*sco\.json\n$/);
    expect(result.err).toBe('');
    const parsed = parseScoData(readFileSync(corpus.out, 'utf8'));
    expect(parsed.ok).toBe(true);
    const schema = JSON.parse(readFileSync(join(corpus.root, 'out', 'sco.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['articles', 'countries', 'experts', 'themeWeights', 'links']));
    // The findings for the app's "Add articles", from the same run.
    const analyses = analysesFromJson(JSON.parse(readFileSync(join(corpus.root, 'out', 'sco.analyses.json'), 'utf8')));
    expect(analyses.ok && analyses.analyses.map((a) => a.article.id)).toEqual(parsed.ok && parsed.data.articles.map((a) => a.id).sort());
    // Only the three outputs: the temporary files were renamed, not left behind.
    expect(readdirSync(join(corpus.root, 'out')).sort()).toEqual(['sco.analyses.json', 'sco.json', 'sco.schema.json']);
  });

  it('gives the same ids on a second run', () => {
    const corpus = seededCorpus();
    run(corpus.args);
    const first = JSON.parse(readFileSync(corpus.out, 'utf8')) as { generatedAt: string };
    run(corpus.args);
    const second = JSON.parse(readFileSync(corpus.out, 'utf8')) as { generatedAt: string };
    expect({ ...second, generatedAt: '' }).toEqual({ ...first, generatedAt: '' });
  });

  it('counts progress on corpora of more than 50 articles', () => {
    const corpus = seededCorpus();
    for (let i = 0; i < 55; i++) {
      writeFileSync(join(corpus.articles, `extra-${i}.md`), front(`title: Extra ${i}\noutlet: Test\npublished: 2020`));
    }
    const result = run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/preprocess: 57\/57 articles\n$/);
    expect(run(seededCorpus().args).err).toBe('');
  });

  it('reads a web page in the articles folder, and names every file it skips instead of ignoring it', () => {
    const corpus = seededCorpus();
    copyFileSync('tests/fixtures/pages/json-ld.html', join(corpus.articles, 'steppe-herald-grids.html'));
    writeFileSync(join(corpus.articles, 'notes.docx'), 'not an article');
    writeFileSync(join(corpus.articles, '.DS_Store'), '');
    mkdirSync(join(corpus.articles, 'page_files'));
    const result = run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^preprocess: 3 articles, 12 experts/);
    expect(result.err.split('\n').filter((line) => line !== '')).toEqual([
      expect.stringMatching(/^preprocess: skipped .*\.DS_Store: a hidden file$/),
      expect.stringMatching(/^preprocess: skipped .*notes\.docx: not an article file \(\.docx; articles are \.md, \.txt, \.html, \.htm, \.xhtml\)$/),
      expect.stringMatching(/^preprocess: skipped .*page_files: a folder/),
    ]);
    const data = JSON.parse(readFileSync(corpus.out, 'utf8')) as { articles: Array<{ id: string; outlet: string }>; experts: Array<{ name: string }> };
    expect(data.articles).toContainEqual(expect.objectContaining({ id: 'steppe-herald-grids', outlet: 'The Steppe Herald' }));
    expect(data.experts.map((e) => e.name)).toContain('Anna Petrova');
  });

  const badInputs: Array<[string, string, string | Uint8Array, RegExp]> = [
    ['a binary file', 'photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /photo\.md: looks like a binary file/],
    ['an empty file', 'empty.md', '', /empty\.md: the file is empty/],
    ['broken front matter, with its line', 'broken.md', front('title: A\n  outlet: B\npublished: 2022-01-01'), /broken\.md:2: broken front matter: Nested mappings are not allowed in compact mappings/],
    ['a missing date', 'nodate.md', front('title: A\noutlet: B'), /nodate\.md:1: front matter has no "published" date/],
    ['an impossible date', 'feb30.md', front('title: A\noutlet: B\npublished: 2023-02-30'), /feb30\.md:4: front matter "published": impossible date "2023-02-30"/],
    [
      'the same url twice',
      'zz-copy.md',
      front('title: Another title\noutlet: The Astana Times\nurl: https://astanatimes.com/2024/07/sco-summit-kazakh-foreign-experts-share-insights-following-major-event/\npublished: 2024-07'),
      /zz-copy\.md: the same article twice: same url as .*2024-07-astana-times/,
    ],
    [
      'the same title and date twice',
      'zz-retitled.md',
      front('title: SCO a model of successful regional cooperation\noutlet: Someone Else\npublished: 2022-09-16'),
      /zz-retitled\.md: the same article twice: same title and date as .*2022-09-16-global-times/,
    ],
    ['a plain-text file without a date', 'raw.txt', 'A title\n\nSome text without a date.', /raw\.txt:1: no publication date found/],
    ['a web page without a date', 'page.html', readFileSync('tests/fixtures/pages/no-date.html'), /page\.html: no publication date: none in JSON-LD/],
    ['a web page without article text', 'video.htm', readFileSync('tests/fixtures/pages/no-article-text.html'), /video\.htm: no article text/],
  ];

  it.each(badInputs)('stops on %s, names the file, and leaves the previous output untouched', (_what, name, content, message) => {
    const corpus = seededCorpus();
    expect(run(corpus.args).status).toBe(0);
    const before = readFileSync(corpus.out);
    const schemaBefore = readFileSync(join(corpus.root, 'out', 'sco.schema.json'));
    const analysesBefore = readFileSync(join(corpus.root, 'out', 'sco.analyses.json'));
    writeFileSync(join(corpus.articles, name), content);
    const result = run(corpus.args);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/previous output is unchanged/);
    expect(result.out).toBe('');
    expect(readFileSync(corpus.out).equals(before)).toBe(true);
    expect(readFileSync(join(corpus.root, 'out', 'sco.schema.json')).equals(schemaBefore)).toBe(true);
    expect(readFileSync(join(corpus.root, 'out', 'sco.analyses.json')).equals(analysesBefore)).toBe(true);
    expect(readdirSync(join(corpus.root, 'out')).sort()).toEqual(['sco.analyses.json', 'sco.json', 'sco.schema.json']);
  });

  it('names a missing articles folder and rejects unknown options', () => {
    const missing = run(['--articles', join(tmpdir(), 'no-such-folder-sco'), '--out', join(tmpdir(), 'never.json')]);
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/no-such-folder-sco: cannot read the articles folder \(ENOENT\)/);
    const unknown = run(['--artcles', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(/usage: npm run preprocess/);
  });
});
