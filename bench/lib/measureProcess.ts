import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one child process cost: wall time, CPU time and the peak resident set of its whole tree. */
export interface ProcessCost {
  wallMs: number;
  userS: number | null;
  systemS: number | null;
  /** Peak RSS in MB, or null when neither /usr/bin/time nor /proc could tell. */
  peakRssMb: number | null;
  rssMethod: 'time -v' | '/proc VmHWM' | 'none';
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';

export interface MeasureOptions {
  /** Pin the process tree to CPU 0: the goals are "on one core". */
  oneCore?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export const canPinToOneCore = (): boolean => existsSync(TASKSET);

/**
 * Runs a command and measures it. Peak RSS comes from GNU time's "Maximum resident set size",
 * which covers the largest process in the tree (tsx may fork); without GNU time, VmHWM of the
 * direct child is sampled from /proc every 20 ms (a floor: a peak between samples is kept by
 * VmHWM itself, but a forked grandchild would be missed).
 */
export async function measureProcess(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<ProcessCost> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `sco-bench-time-${process.pid}-${Date.now()}.txt`);
  let argv = [command, ...args];
  if (options.oneCore === true && canPinToOneCore()) argv = [TASKSET, '-c', '0', ...argv];
  if (useTime) argv = [GNU_TIME, '-v', '-o', timeFile, ...argv];
  const [file, ...rest] = argv as [string, ...string[]];

  const started = performance.now();
  const child = spawn(file, rest, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let sampledKb = 0;
  const sampler = useTime
    ? null
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
          sampledKb = Math.max(sampledKb, kb);
        } catch {
          // The process has exited between two samples.
        }
      }, 20);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  if (sampler !== null) clearInterval(sampler);

  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    rmSync(timeFile, { force: true });
    const number = (pattern: RegExp): number | null => {
      const match = pattern.exec(report);
      return match?.[1] === undefined ? null : Number(match[1]);
    };
    const rssKb = number(/Maximum resident set size \(kbytes\): (\d+)/);
    return {
      wallMs,
      userS: number(/User time \(seconds\): ([\d.]+)/),
      systemS: number(/System time \(seconds\): ([\d.]+)/),
      peakRssMb: rssKb === null ? null : rssKb / 1024,
      rssMethod: rssKb === null ? 'none' : 'time -v',
      exitCode,
      stdout,
      stderr,
    };
  }
  return {
    wallMs,
    userS: null,
    systemS: null,
    peakRssMb: sampledKb > 0 ? sampledKb / 1024 : null,
    rssMethod: sampledKb > 0 ? '/proc VmHWM' : 'none',
    exitCode,
    stdout,
    stderr,
  };
}
