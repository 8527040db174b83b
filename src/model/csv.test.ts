import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(true)).toBe('true');
  });

  it('writes a header and a line per row, each ended by CRLF', () => {
    expect(csvTable(['a', 'b'], [[1, 'x, y'], [null, true]])).toBe('a,b\r\n1,"x, y"\r\n,true\r\n');
    expect(csvTable(['a'], [])).toBe('a\r\n');
  });
});
