/**
 * `npm run preprocess` runs the CLI from its esbuild bundle (bundle.mjs, run.mjs): the bundled CLI
 * and its bundled worker thread write the same bytes as the CLI run from the TypeScript.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { main } from './runCli';
import { prepared } from './testSupport';
import { analyseFile } from './workers/analyseFile';
import { NEXT, sharedInts, type FromWorker, type WorkerSetup } from './workers/messages';

function folderBytes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

describe('the bundled pipeline', () => {
  it('writes what the TypeScript CLI writes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sco-bundle-'));
    const articles = join(root, 'articles');
    mkdirSync(articles);
    for (const seed of readdirSync('data/articles')) copyFileSync(join('data/articles', seed), join(articles, seed));
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };
    const printed = execFileSync(process.execPath, ['scripts/preprocess/run.mjs', '--articles', articles, '--out', join(root, 'bundled'), '--jobs', '2'], { env, encoding: 'utf8' });
    expect(printed).toMatch(/^preprocess: 2 articles, /);
    const epoch = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = env.SOURCE_DATE_EPOCH;
    try {
      const status = await main(['--articles', articles, '--out', join(root, 'source'), '--jobs', '1'], { out: () => undefined, err: () => undefined, isTerminal: false });
      expect(status).toBe(0);
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
    const bundled = folderBytes(join(root, 'bundled'));
    expect(Object.keys(bundled).length).toBeGreaterThan(3);
    expect(bundled).toEqual(folderBytes(join(root, 'source')));
  }, 60_000);

  it('has a worker thread that gives the findings the TypeScript gives', async () => {
    const cli = execFileSync(process.execPath, ['scripts/preprocess/bundle.mjs'], { encoding: 'utf8' }).trim();
    const files = readdirSync('data/articles').sort().map((name) => join('data/articles', name));
    const shared = new SharedArrayBuffer(sharedInts(1) * Int32Array.BYTES_PER_ELEMENT);
    const setup: WorkerSetup = { referenceDir: 'data/reference', reference: prepared().reference, files, shared, worker: 0 };
    const worker = new Worker(join(dirname(cli), 'analysisWorker.mjs'), { workerData: setup });
    try {
      const replies = await new Promise<FromWorker[]>((resolve, reject) => {
        const seen: FromWorker[] = [];
        worker.on('error', reject);
        worker.on('message', (message: FromWorker) => {
          seen.push(message);
          if (message.kind === 'done') resolve(seen);
        });
      });
      const expected = files.map((file) => analyseFile(file, prepared()));
      expect(replies).toEqual([
        { kind: 'ready' },
        {
          kind: 'findings',
          indices: files.map((_, i) => i),
          facts: JSON.stringify(expected.map((e) => e.facts)),
          evidence: new Uint8Array(Buffer.concat(expected.map((e) => Buffer.from(e.evidenceText, 'utf8')))),
          evidenceBytes: expected.map((e) => Buffer.byteLength(e.evidenceText, 'utf8')),
        },
        { kind: 'done' },
      ]);
      expect(new Int32Array(shared)[NEXT]).toBeGreaterThan(files.length);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
