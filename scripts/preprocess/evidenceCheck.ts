/**
 * Stage 5, validate, for one article's evidence: a plain check of the shape the pipeline builds,
 * run for every article of the corpus. It is at least as strict as the shard schema
 * (ArticleEvidence): an entry it passes, the schema passes (evidenceCheck.test.ts holds it to
 * that); an entry it refuses is handed to the schema, whose verdict and messages stand. Zod's
 * general parse cost ~2 % of a run's instructions for data the code itself had just built.
 */
import { ArticleEvidence } from '../../src/model/coreSchema';
import { CANDIDATE_KINDS } from '../../src/model/schema';

const ISO3 = /^[A-Z]{3}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS: ReadonlySet<unknown> = new Set(CANDIDATE_KINDS);

const isSentence = (v: unknown) => typeof v === 'string' && v.length > 0;
const isCode = (v: unknown) => typeof v === 'string' && ISO3.test(v);

/** Every element a pair or triple whose cells pass `cells`. */
function rowsPass(rows: unknown, width: number, cells: (row: unknown[]) => boolean): boolean {
  if (!Array.isArray(rows)) return false;
  for (const row of rows as unknown[]) if (!Array.isArray(row) || row.length !== width || !cells(row as unknown[])) return false;
  return true;
}

/** True only for an entry ArticleEvidence accepts as it is (every field of the right kind). */
export function plainEvidence(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const e = entry as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    e.id.length > 0 &&
    rowsPass(e.quotes, 2, ([n, text]) => Number.isSafeInteger(n) && (n as number) > 0 && isSentence(text)) &&
    rowsPass(e.attributions, 2, ([slug, text]) => typeof slug === 'string' && SLUG.test(slug) && isSentence(text)) &&
    rowsPass(e.mentions, 2, ([code, text]) => isCode(code) && isSentence(text)) &&
    rowsPass(e.candidates, 3, ([code, kind, text]) => isCode(code) && KINDS.has(kind) && isSentence(text))
  );
}

/** Why the entry fails the shard schema, or undefined when it passes. */
export function evidenceProblem(entry: unknown): string | undefined {
  if (plainEvidence(entry)) return undefined;
  const checked = ArticleEvidence.safeParse(entry);
  if (checked.success) return undefined;
  return checked.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
}
