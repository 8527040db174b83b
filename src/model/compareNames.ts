/**
 * English name order, from one collator made on first use. `localeCompare(…, 'en')` builds a
 * collator for every comparison (sorting 177 names or a year's status changes was a 10 ms slice of
 * the map's first render), and the page's first collator loads the browser's locale data, so it is
 * made when first needed (or warmed ahead, warmNameOrder), not while a chunk is evaluated.
 */
let collator: Intl.Collator | null = null;

export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}

/** Makes the collator now, so a later first sort does not pay for the locale data. */
export function warmNameOrder(): void {
  collator ??= new Intl.Collator('en');
}
