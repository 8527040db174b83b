import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../model/networkGraph';
import { computeLayout, LARGE_LAYOUT_ABOVE } from './layout';
import { hashString, initialPosition, seededRandom } from './layoutInput';
import { layoutInputOf } from './nodeStyle';
import { syntheticScoData } from '../../../tests/fixtures/syntheticScoData';
import { makeNetworkData } from '../../../tests/fixtures/networkFixture';

function overlaps(positions: Float64Array, radii: number[]): number {
  let count = 0;
  for (let i = 0; i < radii.length; i += 1) {
    for (let j = i + 1; j < radii.length; j += 1) {
      const d = Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
      if (d < (radii[i]! + radii[j]!) * 0.9) count += 1;
    }
  }
  return count;
}

describe('seeded helpers', () => {
  it('gives the same random sequence for the same seed, and another for another seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = seededRandom(8);
    expect(c()).not.toBe(first[0]);
  });

  it('starts a node from its id alone', () => {
    expect(hashString('expert:oleg-ivanov')).toBe(hashString('expert:oleg-ivanov'));
    expect(hashString('expert:oleg-ivanov')).not.toBe(hashString('expert:oleg-ivanoV'));
    const [x, y] = initialPosition('theme:security', 100);
    expect(Math.hypot(x, y)).toBeLessThanOrEqual(100);
    expect(initialPosition('theme:security', 100)).toEqual([x, y]);
  });
});

describe('computeLayout', () => {
  const input = layoutInputOf(buildNetwork(makeNetworkData(), null));

  it('gives the same picture for the same data, every time', () => {
    const first = computeLayout(input);
    const second = computeLayout(structuredClone(input));
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('gives another picture for another seed', () => {
    expect(Array.from(computeLayout({ ...input, seed: 42 }))).not.toEqual(Array.from(computeLayout(input)));
  });

  it('settles to finite positions without overlapping nodes', () => {
    const positions = computeLayout(input);
    expect(positions).toHaveLength(input.ids.length * 2);
    expect(Array.from(positions).every(Number.isFinite)).toBe(true);
    expect(overlaps(positions, input.radii)).toBe(0);
  });

  it('keeps linked nodes closer than unlinked ones on average', () => {
    const positions = computeLayout(input);
    const distance = (i: number, j: number) => Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
    const linked = new Set<string>();
    let linkedSum = 0;
    for (let k = 0; k < input.links.length; k += 2) {
      linked.add(`${input.links[k]}-${input.links[k + 1]}`);
      linkedSum += distance(input.links[k]!, input.links[k + 1]!);
    }
    let otherSum = 0;
    let others = 0;
    for (let i = 0; i < input.ids.length; i += 1) {
      for (let j = i + 1; j < input.ids.length; j += 1) {
        if (linked.has(`${i}-${j}`) || linked.has(`${j}-${i}`)) continue;
        otherSum += distance(i, j);
        others += 1;
      }
    }
    expect(linkedSum / (input.links.length / 2)).toBeLessThan(otherSum / others);
  });

  it('ignores self-links and links past the node list', () => {
    const positions = computeLayout({ ...input, links: [...input.links, 0, 0, 0, 9999], distances: [...input.distances, 30, 30] });
    expect(Array.from(positions).every(Number.isFinite)).toBe(true);
  });

  it('lays out large graphs deterministically too, without overlaps', () => {
    const large = layoutInputOf(buildNetwork(syntheticScoData({ nodes: LARGE_LAYOUT_ABOVE + 200, links: 2000, seed: 3 }), null));
    expect(large.ids.length).toBeGreaterThan(LARGE_LAYOUT_ABOVE);
    const first = computeLayout(large);
    expect(Array.from(computeLayout(structuredClone(large)))).toEqual(Array.from(first));
    expect(Array.from(first).every(Number.isFinite)).toBe(true);
    expect(overlaps(first, large.radii)).toBe(0);
  });

  it('reports progress up to completion', () => {
    const seen: number[] = [];
    computeLayout(input, (p) => seen.push(p));
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
