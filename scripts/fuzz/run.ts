/**
 * `npm run fuzz [-- --runs 100000] [--disk 1000] [--seed N] [--path P]`: the pipeline on generated
 * article folders (scripts/fuzz/arbitraries.ts), each checked by scripts/fuzz/pipelineOracle.ts:
 * a clear InputError naming a file, or a sco.json the app loads. In-memory cases run in chunks of
 * 1,000 (seed, seed + 1, …) so progress can be printed; `--disk` more go through the CLI on real
 * files. A failure prints the case, writes its files under .tmp/fuzz-failure-<seed>/ and the
 * command that replays it, and exits 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { prepare } from '../preprocess/pipeline';
import { loadReferenceData } from '../preprocess/reference/load';
import { articleFolder, describeFolder, type FuzzFile } from './arbitraries';
import { runCase, runCaseThroughCli, type CaseResult } from './pipelineOracle';

const CHUNK = 1000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    disk: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    path: { type: 'string' },
  },
  strict: true,
});
const runs = Number(values.runs);
const diskRuns = Number(values.disk);
const baseSeed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(diskRuns) || diskRuns < 0 || !Number.isInteger(baseSeed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--disk N] [--seed N] [--path P]');
  process.exit(2);
}

const prepared = prepare(loadReferenceData('data/reference'));
const tally = {
  cases: 0,
  files: 0,
  outputs: 0,
  inputErrors: 0,
  experts: 0,
  quotes: 0,
  candidates: 0,
  bytes: 0,
  slowest: { ms: 0, what: '' },
  shapes: new Map<string, number>(),
  reasons: new Map<string, number>(),
};

function record(files: readonly FuzzFile[], result: CaseResult, ms: number): void {
  tally.cases += 1;
  tally.files += files.length;
  for (const f of files) {
    tally.bytes += f.bytes.length;
    tally.shapes.set(f.shape, (tally.shapes.get(f.shape) ?? 0) + 1);
  }
  if (ms > tally.slowest.ms) tally.slowest = { ms, what: files.map((f) => `${f.shape} ${f.bytes.length} B`).join(', ') };
  const outcome = result.outcome;
  if (outcome?.kind === 'output') {
    tally.outputs += 1;
    tally.experts += outcome.experts;
    tally.quotes += outcome.quotes;
    tally.candidates += outcome.candidates;
  } else if (outcome?.kind === 'input-error') {
    tally.inputErrors += 1;
    tally.reasons.set(outcome.reason, (tally.reasons.get(outcome.reason) ?? 0) + 1);
  }
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const n = (value: number) => value.toLocaleString('en-GB');

function fail(kind: string, seed: number, details: fc.RunDetails<[FuzzFile[]]>, replay: string): never {
  const example = details.counterexample?.[0];
  console.error(`\nfuzz: FAILED (${kind}) after ${n(tally.cases)} cases, seed ${seed}, path ${details.counterexamplePath ?? '—'}`);
  if (example !== undefined) {
    const dir = join('.tmp', `fuzz-failure-${seed}`);
    mkdirSync(dir, { recursive: true });
    for (const f of example) writeFileSync(join(dir, f.name.replace(/[/\\]/g, '_')), f.bytes);
    console.error(describeFolder(example));
    console.error(`files written to ${dir}/`);
  }
  console.error(details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance));
  console.error(`replay: npm run fuzz -- ${replay} --seed ${seed}${details.counterexamplePath === null ? '' : ` --path ${details.counterexamplePath}`}`);
  process.exit(1);
}

const property = (check: (files: FuzzFile[]) => CaseResult) =>
  fc.property(articleFolder, (files) => {
    const t = performance.now();
    const result = check(files);
    record(files, result, performance.now() - t);
    if (result.problems.length > 0) throw new Error(result.problems.join('\n'));
  });

const asyncProperty = (check: (files: FuzzFile[]) => Promise<CaseResult>) =>
  fc.asyncProperty(articleFolder, async (files) => {
    const t = performance.now();
    const result = await check(files);
    record(files, result, performance.now() - t);
    if (result.problems.length > 0) throw new Error(result.problems.join('\n'));
  });

console.log(`fuzz: ${n(runs)} generated article folders in memory and ${n(diskRuns)} through the CLI, seed ${baseSeed}`);
const chunks = Math.ceil(runs / CHUNK);
for (let chunk = 0; chunk < chunks; chunk++) {
  const seed = baseSeed + chunk;
  const numRuns = Math.min(CHUNK, runs - chunk * CHUNK);
  const details = fc.check(property((files) => runCase(files, prepared)), { seed, numRuns, ...(values.path === undefined ? {} : { path: values.path }) });
  if (details.failed) fail('in memory', seed, details, `--runs ${numRuns} --disk 0`);
  const done = chunk * CHUNK + numRuns;
  if (chunk % 5 === 4 || done === runs) {
    console.log(
      `fuzz: ${n(done)}/${n(runs)} cases · ${n(tally.outputs)} sco.json · ${n(tally.inputErrors)} clear errors · ${n(tally.quotes)} quotes · ${seconds()} s`,
    );
  }
}

const memoryCases = tally.cases;
if (diskRuns > 0) {
  const seed = baseSeed + chunks;
  const details = await fc.check(asyncProperty(runCaseThroughCli), { seed, numRuns: diskRuns });
  if (details.failed) fail('through the CLI', seed, details, `--runs 1 --disk ${diskRuns}`);
  console.log(`fuzz: ${n(diskRuns)}/${n(diskRuns)} folders through npm run preprocess on disk · ${seconds()} s`);
}

const top = [...tally.reasons].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`
fuzz: passed — ${n(tally.cases)} cases (${n(memoryCases)} in memory, ${n(tally.cases - memoryCases)} on disk), ${n(tally.files)} files, ${(tally.bytes / 1e6).toFixed(1)} MB, in ${seconds()} s
  outcomes: ${n(tally.outputs)} valid sco.json (${n(tally.experts)} experts, ${n(tally.quotes)} quotes, ${n(tally.candidates)} candidates), ${n(tally.inputErrors)} clear errors naming a file, 0 crashes
  files by shape: ${[...tally.shapes].sort((a, b) => b[1] - a[1]).map(([s, c]) => `${s} ${n(c)}`).join(', ')}
  slowest case: ${tally.slowest.ms.toFixed(0)} ms (${tally.slowest.what})
  most frequent errors:
${top.map(([reason, count]) => `    ${n(count).padStart(7)}  ${reason}`).join('\n')}
  seed ${baseSeed} (replay with --seed ${baseSeed})`);
