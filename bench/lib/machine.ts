import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when the run began and ended: other work on the machine slows wall-clock figures. */
  loadAverage: { start: number; end: number | null };
}

export const currentLoad = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export function describeMachine(chromiumPath: string): Machine {
  let chromium = 'not found';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as "not found"; the app benchmarks will say why they could not run.
  }
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    loadAverage: { start: currentLoad(), end: null },
  };
}
