/**
 * A count as `toLocaleString('en')` writes it ("12,345"), without Intl: the first number format a
 * page makes loads the browser's locale data, 10-40 ms inside whichever render asks first (the
 * header's, on the app's first paint). Whole numbers only; anything else goes to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = `${digits.slice(Math.max(0, end - 3), end)}${out === '' ? '' : `,${out}`}`;
  return n < 0 ? `-${out}` : out;
}
