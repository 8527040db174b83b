/** A figure over several runs: the median is the headline, min and max show the spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarise(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/**
 * Slope of log(y) against log(x): 1 means y grows linearly with x, 2 quadratically.
 * Used for "is the pipeline linear from 100 to 10,000 articles?" on time net of start-up.
 */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  if (logs.length < 2) return Number.NaN;
  const meanX = logs.reduce((s, p) => s + p.x, 0) / logs.length;
  const meanY = logs.reduce((s, p) => s + p.y, 0) / logs.length;
  const covariance = logs.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const variance = logs.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  return covariance / variance;
}
