/**
 * Expert detection scored as (article, person) pairs: a person found in the right article counts
 * once, however many times the text names them. Micro-averaged over all pairs.
 */
export interface PersonInArticle {
  articleId: string;
  name: string;
  /** ISO3, when the source knows it. */
  country?: string | null;
}

export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of found experts whose country matches the key (null when the prediction has no countries). */
  countryAccuracy: number | null;
}

/** Lower case, ASCII-folded words; a trailing possessive ("Velizade's") is dropped. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]s\b/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/**
 * Lenient on purpose, to give the baseline every benefit: a prediction matches a person when the
 * surnames agree and the word before the surname, if any, is the given name — so "General Antonio
 * Guterres" and "Guterres" both match "Antonio Guterres", but "Antonio" alone does not.
 */
export function sameName(predicted: string, truth: string): boolean {
  const p = nameTokens(predicted);
  const t = nameTokens(truth);
  if (p.length === 0 || t.length === 0 || p[p.length - 1] !== t[t.length - 1]) return false;
  if (p.length === 1 || t.length === 1) return true;
  return p[p.length - 2] === t[t.length - 2];
}

/** Drops predictions whose words are all inside another prediction for the same article ("Tasym" beside "Rizat Tasym"). */
export function collapseMentions(names: readonly string[]): string[] {
  const firstByKey = new Map<string, string>();
  for (const name of names) {
    const key = nameTokens(name).join(' ');
    if (key.length > 0 && !firstByKey.has(key)) firstByKey.set(key, name);
  }
  const unique = [...firstByKey.entries()];
  return unique
    .filter(([key], i) => {
      const words = key.split(' ');
      return !unique.some(([other], j) => j !== i && other.length > key.length && words.every((w) => other.split(' ').includes(w)));
    })
    .map(([, name]) => name);
}

export function scoreDetection(predicted: readonly PersonInArticle[], truth: readonly PersonInArticle[]): DetectionScore {
  const byArticle = <T extends PersonInArticle>(items: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.articleId, [...(map.get(item.articleId) ?? []), item]);
    return map;
  };
  const predictedByArticle = byArticle(predicted);
  const truthByArticle = byArticle(truth);
  let truePositives = 0;
  let falsePositives = 0;
  let countryKnown = 0;
  let countryRight = 0;
  for (const [articleId, found] of predictedByArticle) {
    const remaining = [...(truthByArticle.get(articleId) ?? [])];
    for (const person of found) {
      const index = remaining.findIndex((t) => sameName(person.name, t.name));
      if (index === -1) {
        falsePositives += 1;
        continue;
      }
      const [matched] = remaining.splice(index, 1);
      truePositives += 1;
      if (person.country !== undefined) {
        countryKnown += 1;
        if (person.country === matched?.country) countryRight += 1;
      }
    }
  }
  const falseNegatives = truth.length - truePositives;
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truth.length === 0 ? 0 : truePositives / truth.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1,
    countryAccuracy: countryKnown === 0 ? null : countryRight / countryKnown,
  };
}
