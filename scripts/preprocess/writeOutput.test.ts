import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamedList } from './streamedJson';
import { writeFileAtomically, writeJsonAtomically } from './writeOutput';

describe('atomic output', () => {
  it('writes JSON list by list with exactly the bytes of JSON.stringify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-write-'));
    const value = {
      schemaVersion: 1,
      text: 'a “quote” and \u2028',
      list: [{ a: 1, b: undefined }, 'x', null, [1, [2, [3, { d: [4] }]]], undefined],
      empty: [],
      nested: { l: [1, { m: [2] }], gone: undefined, e: {} },
      date: new Date(0),
    };
    writeJsonAtomically(join(dir, 'sco.json'), value);
    expect(readFileSync(join(dir, 'sco.json'), 'utf8')).toBe(`${JSON.stringify(value)}\n`);
    expect(readdirSync(dir)).toEqual(['sco.json']);
  });

  it('replaces the old file only when the new one is complete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-write-'));
    const file = join(dir, 'sco.json');
    writeFileSync(file, 'old');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = [cyclic];
    expect(() => writeJsonAtomically(file, cyclic)).toThrow(/circular/i);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['sco.json']);
    writeFileAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('streamed lists', () => {
  it('write the array their elements make, at any depth, without the list ever existing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-write-'));
    const rows = function* () {
      for (let i = 0; i < 3; i++) yield [i, 'x'];
    };
    writeJsonAtomically(join(dir, 'core.json'), { a: 1, table: new StreamedList(rows), nested: { inner: new StreamedList(() => []) } });
    expect(readFileSync(join(dir, 'core.json'), 'utf8')).toBe(`${JSON.stringify({ a: 1, table: [...rows()], nested: { inner: [] } })}\n`);
  });

  it('leave the old file in place when making an element fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-write-'));
    writeFileSync(join(dir, 'core.json'), 'old');
    const failing = function* () {
      yield 1;
      throw new Error('row 2 is wrong');
    };
    expect(() => writeJsonAtomically(join(dir, 'core.json'), { table: new StreamedList(failing) })).toThrow('row 2 is wrong');
    expect(readFileSync(join(dir, 'core.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['core.json']);
  });
});
