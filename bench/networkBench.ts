import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from './lib/measureProcess';
import { ROOT } from './pipeline/runners';

/**
 * The network view's own benchmark lives in bench/network/ (written by the network view's
 * helper); this runs it rather than duplicating it, and reads back what it reports.
 */
type Spread = { median: number; min: number; max: number; runs: number } | null;

export interface NetworkFigure {
  nodes: number;
  links: number | null;
  fps: Spread;
  settleMs: Spread;
  /** Optional extras the network benchmark reports: first paint after layout, longest frame while panning, fps while hovering. */
  firstPaintMs: Spread;
  worstFrameMs: Spread;
  hoverFps: Spread;
}

export interface NetworkResults {
  entry: string | null;
  figures: NetworkFigure[];
  raw: unknown;
  problem: string | null;
}

const NETWORK_DIR = join(ROOT, 'bench/network');
const ENTRIES = ['run.ts', 'index.ts', 'bench.ts', 'network.bench.ts'];
export const NETWORK_RESULTS = join(ROOT, 'bench/out/network/results.json');

export function findNetworkEntry(): string | null {
  if (!existsSync(NETWORK_DIR)) return null;
  const names = readdirSync(NETWORK_DIR);
  const entry = ENTRIES.find((n) => names.includes(n));
  return entry === undefined ? null : join(NETWORK_DIR, entry);
}

type Loose = Record<string, unknown>;
const asSummary = (value: unknown): Spread => {
  if (typeof value === 'number') return { median: value, min: value, max: value, runs: 1 };
  const v = value as Loose | null;
  if (v === null || typeof v !== 'object' || typeof v.median !== 'number') return null;
  return { median: v.median, min: Number(v.min ?? v.median), max: Number(v.max ?? v.median), runs: Number(v.runs ?? 1) };
};

/** Reads `{ results: [{ nodes, links, fps, settleMs }] }` or a bare list of such rows, loosely. */
export function readNetworkFigures(raw: unknown): NetworkFigure[] {
  const list = Array.isArray(raw) ? raw : ((raw as Loose | null)?.results ?? (raw as Loose | null)?.sizes);
  if (!Array.isArray(list)) return [];
  return (list as Loose[])
    .filter((row) => typeof row.nodes === 'number')
    .map((row) => ({
      nodes: row.nodes as number,
      links: typeof row.links === 'number' ? row.links : null,
      fps: asSummary(row.fps ?? row.panZoomFps),
      settleMs: asSummary(row.settleMs ?? row.settle),
      firstPaintMs: asSummary(row.firstPaintMs),
      worstFrameMs: asSummary(row.worstFrameMs),
      hoverFps: asSummary(row.hoverFps),
    }));
}

export async function benchNetwork(log: (line: string) => void): Promise<NetworkResults> {
  const entry = findNetworkEntry();
  if (entry === null) return { entry: null, figures: [], raw: null, problem: 'bench/network/ has no benchmark entry (run.ts) yet' };
  log(`network: running ${entry.slice(ROOT.length + 1)}…`);
  const cost = await measureProcess(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...process.env, SCO_BENCH_JSON: NETWORK_RESULTS } });
  if (cost.exitCode !== 0 && !existsSync(NETWORK_RESULTS)) {
    return { entry, figures: [], raw: null, problem: `${entry} exited ${cost.exitCode}: ${cost.stderr.trim().slice(-800)}` };
  }
  let raw: unknown = null;
  if (existsSync(NETWORK_RESULTS)) raw = JSON.parse(readFileSync(NETWORK_RESULTS, 'utf8'));
  else {
    const lastJson = cost.stdout.trim().split('\n').reverse().find((line) => line.startsWith('{') || line.startsWith('['));
    if (lastJson !== undefined) raw = JSON.parse(lastJson);
  }
  const figures = readNetworkFigures(raw);
  return { entry, figures, raw, problem: figures.length === 0 ? `could not read figures from ${entry}'s output` : null };
}
