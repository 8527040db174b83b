/**
 * What the extractor found in each article against an answer key (key.ts): experts and officials
 * by name (precision, recall, F1), the country and role of the people found, candidate states, and
 * the misses grouped by the attribution form they use. Pure, so every figure is testable.
 */
import { sameName } from '../../bench/lib/score';
import type { EvalKey, KeyPerson } from './key';

export interface FoundPerson {
  name: string;
  role: 'expert' | 'official';
  country: string | null;
  /** The attribution forms (rule ids) that gave this person a view. */
  forms: readonly string[];
}

export interface FoundArticle {
  id: string;
  people: readonly FoundPerson[];
  candidates: ReadonlyArray<{ iso3: string; kind: string }>;
  /** The baseline's people (compromise `people()`), when it was run. */
  baseline?: readonly string[];
}

export interface Detection {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  compared: number;
  right: number;
  accuracy: number;
  wrong: Array<{ articleId: string; name: string; found: string; expected: string }>;
}

export interface PersonMiss {
  articleId: string;
  name: string;
  /** For a miss: the form the key's evidence uses; for an extra: the forms that found the person. */
  forms: readonly string[];
}

export interface EvalReport {
  articles: number;
  experts: Detection;
  baseline: Detection | null;
  country: Accuracy;
  role: Accuracy;
  /** Null when no article of the key lists its candidates. */
  candidates: (Detection & { articles: number; kind: Accuracy; missed: string[]; extra: string[] }) | null;
  missed: PersonMiss[];
  extra: PersonMiss[];
}

export function detection(expected: number, found: number, correct: number): Detection {
  const precision = found === 0 ? (expected === 0 ? 1 : 0) : correct / found;
  const recall = expected === 0 ? 1 : correct / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, found, correct, precision, recall, f1 };
}

function accuracy(wrong: Accuracy['wrong'], compared: number): Accuracy {
  const right = compared - wrong.length;
  return { compared, right, accuracy: compared === 0 ? 1 : right / compared, wrong };
}

/** Pairs each key person with at most one found name, in key order. */
function matchPeople<T>(key: readonly KeyPerson[], found: readonly T[], nameOf: (item: T) => string): Array<[KeyPerson, T | undefined]> {
  const left = [...found];
  return key.map((person) => {
    const index = left.findIndex((item) => sameName(nameOf(item), person.name));
    return [person, index < 0 ? undefined : left.splice(index, 1)[0]];
  });
}

export function evaluate(key: EvalKey, found: readonly FoundArticle[], formOfMiss: (person: KeyPerson) => string[]): EvalReport {
  const byId = new Map(found.map((a) => [a.id, a]));
  const missing = Object.keys(key.articles).filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`the key names articles the corpus does not have: ${missing.join(', ')}`);
  let expected = 0;
  let foundCount = 0;
  let correct = 0;
  let baselineFound = 0;
  let baselineCorrect = 0;
  let baselineRun = false;
  const countryWrong: Accuracy['wrong'] = [];
  const roleWrong: Accuracy['wrong'] = [];
  const missed: PersonMiss[] = [];
  const extra: PersonMiss[] = [];
  const candidateTotals = { expected: 0, found: 0, correct: 0, articles: 0 };
  const candidateMissed: string[] = [];
  const candidateExtra: string[] = [];
  const kindWrong: Accuracy['wrong'] = [];

  for (const [articleId, entry] of Object.entries(key.articles)) {
    const article = byId.get(articleId);
    if (article === undefined) continue;
    expected += entry.experts.length;
    foundCount += article.people.length;
    const pairs = matchPeople(entry.experts, article.people, (p) => p.name);
    for (const [person, match] of pairs) {
      if (match === undefined) {
        missed.push({ articleId, name: person.name, forms: formOfMiss(person) });
        continue;
      }
      correct += 1;
      if (match.country !== person.country) countryWrong.push({ articleId, name: person.name, found: match.country ?? 'null', expected: person.country ?? 'null' });
      if (match.role !== person.role) roleWrong.push({ articleId, name: person.name, found: match.role, expected: person.role });
    }
    const matched = new Set(pairs.map(([, m]) => m));
    for (const person of article.people) if (!matched.has(person)) extra.push({ articleId, name: person.name, forms: person.forms });

    if (article.baseline !== undefined) {
      baselineRun = true;
      baselineFound += article.baseline.length;
      baselineCorrect += matchPeople(entry.experts, article.baseline, (name) => name).filter(([, m]) => m !== undefined).length;
    }

    if (entry.candidates !== undefined) {
      candidateTotals.articles += 1;
      const want = new Map(entry.candidates.map((c) => [c.iso3, c.kind]));
      const got = new Map(article.candidates.map((c) => [c.iso3, c.kind]));
      candidateTotals.expected += want.size;
      candidateTotals.found += got.size;
      const short = articleId.split('-')[0] ?? articleId;
      for (const iso3 of want.keys()) if (!got.has(iso3)) candidateMissed.push(`${iso3} (${short})`);
      for (const [iso3, kind] of got) {
        const wanted = want.get(iso3);
        if (wanted === undefined) {
          candidateExtra.push(`${iso3} (${short})`);
          continue;
        }
        candidateTotals.correct += 1;
        if (wanted !== kind) kindWrong.push({ articleId, name: iso3, found: kind, expected: wanted });
      }
    }
  }

  return {
    articles: Object.keys(key.articles).length,
    experts: detection(expected, foundCount, correct),
    baseline: baselineRun ? detection(expected, baselineFound, baselineCorrect) : null,
    country: accuracy(countryWrong, correct),
    role: accuracy(roleWrong, correct),
    candidates:
      candidateTotals.articles === 0
        ? null
        : { ...detection(candidateTotals.expected, candidateTotals.found, candidateTotals.correct), articles: candidateTotals.articles, kind: accuracy(kindWrong, candidateTotals.correct), missed: candidateMissed, extra: candidateExtra },
    missed,
    extra,
  };
}

/** Counts per form; a person found or missed through two forms counts for each. */
export function byForm(people: readonly PersonMiss[]): Array<{ form: string; count: number; names: string[] }> {
  const groups = new Map<string, string[]>();
  for (const person of people) {
    for (const form of person.forms.length === 0 ? ['(none)'] : person.forms) groups.set(form, [...(groups.get(form) ?? []), `${person.name} (${person.articleId.split('-')[0] ?? person.articleId})`]);
  }
  return [...groups.entries()].map(([form, names]) => ({ form, count: names.length, names })).sort((a, b) => b.count - a.count || a.form.localeCompare(b.form));
}
