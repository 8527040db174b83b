/**
 * Writes BENCHMARKS.md again from the figures of the last full run (bench/out/results.json), for
 * when the report's wording or goals change: the figures stay the ones that run measured (nothing is
 * run again); the budgets are checked again against today's goals.
 *   npx tsx bench/report/render.ts [results.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderMarkdown } from './markdown';
import { evaluateBudgets, type BenchResults } from './results';

const ROOT = resolve(import.meta.dirname, '../..');
const source = process.argv[2] ?? join(ROOT, 'bench/out/results.json');
const measured = JSON.parse(readFileSync(source, 'utf8')) as BenchResults;
const results: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
console.log(`wrote BENCHMARKS.md from ${source} (${results.command}, ${results.machine.date})`);
