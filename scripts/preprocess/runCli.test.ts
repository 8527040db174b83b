/**
 * The command line end to end on temporary corpora: a good run writes the core, its evidence
 * files and their JSON Schemas; each kind of bad input exits 1 naming the file (and line) and
 * leaves the previous data folder byte-for-byte in place.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCore, checkMapFile, checkShard } from '../../src/model/parse';
import { mapFileMismatch } from '../../src/model/mapFile';
import type { CoreFile } from '../../src/model/coreSchema';
import { main, type CliOutput } from './runCli';

const SEEDS = ['2022-09-16-global-times-sco-model-of-regional-cooperation.md', '2024-07-astana-times-sco-summit-experts-share-insights.md'];

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliOutput = { out: (t) => out.push(t), err: (t) => err.push(t), isTerminal: false };
  const status = await main(args, io);
  return { status, out: out.join(''), err: err.join('') };
}

function seededCorpus() {
  const root = mkdtempSync(join(tmpdir(), 'sco-cli-'));
  const articles = join(root, 'articles');
  mkdirSync(articles);
  for (const seed of SEEDS) copyFileSync(join('data/articles', seed), join(articles, seed));
  const out = join(root, 'out');
  return { root, articles, out, core: join(out, 'sco-core.json'), args: ['--articles', articles, '--out', out] };
}

const readCore = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CoreFile;

/** Every file under the data folder with its bytes, to compare two runs or a run and a failure. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

const front = (fields: string, body = 'The SCO summit opened in Astana.') => `---\n${fields}\n---\n${body}\n`;

describe('npm run preprocess', () => {
  it('writes a valid core, its evidence files and their JSON Schemas, and prints one summary line', async () => {
    const corpus = seededCorpus();
    const result = await run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^preprocess: 2 articles, 11 experts, \d+ countries, 4 candidates, 10 themes in \d+\.\d\d s → .*sco-core\.json \+ 1 evidence file\n$/);
    expect(result.err).toBe('');
    const core = checkCore(readCore(corpus.core));
    expect(core.ok).toBe(true);
    const refs = core.ok ? core.data.evidence : [];
    expect(refs).toHaveLength(1);
    for (const ref of refs) {
      const shard = checkShard(JSON.parse(readFileSync(join(corpus.out, ref.file), 'utf8')), ref.file, core.ok ? core.data.articles.map((a) => a.id) : []);
      expect(shard.ok).toBe(true);
    }
    const schema = JSON.parse(readFileSync(join(corpus.out, 'sco-core.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['articles', 'countries', 'experts', 'quotes', 'themeWeights', 'links', 'evidence']));
    // Only the outputs: every temporary file was renamed, not left behind.
    const map = checkMapFile(JSON.parse(readFileSync(join(corpus.out, 'sco-map.json'), 'utf8')));
    expect(map.ok && core.ok ? mapFileMismatch(map.data.core, core.data) : 'unreadable').toBeNull();
    expect(Object.keys(snapshot(corpus.out)).sort()).toEqual([refs[0]?.file, 'sco-core.json', 'sco-core.schema.json', 'sco-evidence.schema.json', 'sco-map.json', 'sco-map.schema.json']);
  });

  it('gives the same files on a second run, and removes the evidence files of an older one', async () => {
    const corpus = seededCorpus();
    await run(corpus.args);
    const first = snapshot(corpus.out);
    await run(corpus.args);
    const strip = (files: Record<string, string>) => ({
      ...files,
      'sco-core.json': files['sco-core.json']?.replace(/"generatedAt":"[^"]+"/, ''),
      'sco-map.json': files['sco-map.json']?.replace(/"generatedAt":"[^"]+"/, ''),
    });
    expect(strip(snapshot(corpus.out))).toEqual(strip(first));
    // Another article changes the words of the shard, so its name: the old one goes.
    writeFileSync(join(corpus.articles, 'zz-extra.md'), front('title: Extra\noutlet: Test\npublished: 2025', '“Trade will grow,” said Anna Kim.'));
    writeFileSync(join(corpus.out, 'sco.json'), '{"schemaVersion":2}');
    expect((await run(corpus.args)).status).toBe(0);
    const shards = readdirSync(join(corpus.out, 'evidence'));
    expect(shards).toEqual([readCore(corpus.core).evidence[0]?.file.replace('evidence/', '')]);
    expect(Object.keys(first)).not.toContain(`evidence/${shards[0]}`);
    // The single file of schema version 2 would only be copied into every build.
    expect(readdirSync(corpus.out)).not.toContain('sco.json');
  });

  it('counts progress on corpora of more than 50 articles', async () => {
    const corpus = seededCorpus();
    for (let i = 0; i < 55; i++) {
      writeFileSync(join(corpus.articles, `extra-${i}.md`), front(`title: Extra ${i}\noutlet: Test\npublished: 2020`));
    }
    const result = await run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/preprocess: 57\/57 articles\n$/);
    expect((await run(seededCorpus().args)).err).toBe('');
  });

  it('reads a web page in the articles folder, and names every file it skips instead of ignoring it', async () => {
    const corpus = seededCorpus();
    copyFileSync('tests/fixtures/pages/json-ld.html', join(corpus.articles, 'steppe-herald-grids.html'));
    writeFileSync(join(corpus.articles, 'notes.docx'), 'not an article');
    writeFileSync(join(corpus.articles, '.DS_Store'), '');
    mkdirSync(join(corpus.articles, 'page_files'));
    const result = await run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^preprocess: 3 articles, 12 experts/);
    expect(result.err.split('\n').filter((line) => line !== '')).toEqual([
      expect.stringMatching(/^preprocess: skipped .*\.DS_Store: a hidden file$/),
      expect.stringMatching(/^preprocess: skipped .*notes\.docx: not an article file \(\.docx; articles are \.md, \.txt, \.html, \.htm, \.xhtml\)$/),
      expect.stringMatching(/^preprocess: skipped .*page_files: a folder/),
    ]);
    const data = readCore(corpus.core);
    expect(data.articles).toContainEqual(expect.objectContaining({ id: 'steppe-herald-grids', outlet: 'The Steppe Herald' }));
    expect(data.experts.map((e) => e.name)).toContain('Anna Petrova');
  });

  it('follows links in the articles folder: to an article, to a folder, and to nothing', async () => {
    const corpus = seededCorpus();
    const elsewhere = mkdtempSync(join(tmpdir(), 'sco-linked-'));
    writeFileSync(join(elsewhere, 'linked.md'), front('title: Linked\noutlet: Test\npublished: 2020'));
    symlinkSync(join(elsewhere, 'linked.md'), join(corpus.articles, 'linked.md'));
    symlinkSync(elsewhere, join(corpus.articles, 'more'));
    symlinkSync(join(elsewhere, 'gone.md'), join(corpus.articles, 'gone.md'));
    const result = await run(corpus.args);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^preprocess: 3 articles, /);
    expect(result.err.split('\n').filter((line) => line !== '')).toEqual([
      expect.stringMatching(/^preprocess: skipped .*gone\.md: cannot read it \(ENOENT\)$/),
      expect.stringMatching(/^preprocess: skipped .*more: a folder/),
    ]);
    expect(readCore(corpus.core).articles.map((a) => a.id)).toContain('linked');
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

  it.each(badInputs)('stops on %s, names the file, and leaves the previous output untouched', async (_what, name, content, message) => {
    const corpus = seededCorpus();
    expect((await run(corpus.args)).status).toBe(0);
    const before = snapshot(corpus.out);
    writeFileSync(join(corpus.articles, name), content);
    const result = await run(corpus.args);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/previous output is unchanged/);
    expect(result.out).toBe('');
    expect(snapshot(corpus.out)).toEqual(before);
  });

  it('names a missing articles folder and rejects unknown options', async () => {
    const missing = await run(['--articles', join(tmpdir(), 'no-such-folder-sco'), '--out', join(tmpdir(), 'never')]);
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/no-such-folder-sco: cannot read the articles folder \(ENOENT\)/);
    const unknown = await run(['--artcles', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(/usage: npm run preprocess/);
    const file = await run(['--out', join(tmpdir(), 'sco.json')]);
    expect(file.status).toBe(2);
    expect(file.err).toMatch(/--out names a folder now/);
  });
});
