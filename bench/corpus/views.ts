import { pickPhrase, type ThemePhrases } from './lexicon';
import type { Random } from './random';

/** What an expert says: text built from lexicon phrases, so the themes of every quote are known. */
export interface View {
  text: string;
  themes: string[];
}

type Template = (a: string, b: string) => string;

/** Clauses in the writer's words ("according to X, <clause>"): lower-case start, no full stop. */
const REPORTED: readonly Template[] = [
  (a) => `the SCO should put ${a} at the centre of its agenda`,
  (a, b) => `${a} and ${b} have become the real test for the organisation`,
  (a) => `member states see ${a} as a shared responsibility rather than a contest`,
  (a, b) => `without progress on ${a}, the talk of ${b} will stay on paper`,
  (a) => `the summit showed that ${a} matters more to the region than it did a decade ago`,
  (a) => `neighbouring states expect concrete results on ${a}`,
  (a, b) => `${a} cannot be separated from ${b}`,
  (a) => `the next step is to turn ${a} into joint projects`,
  (a) => `the organisation's record on ${a} is better than its critics admit`,
  (a, b) => `the debate about ${a} often hides a quieter consensus on ${b}`,
];

/** Whole sentences in the expert's own words, for direct quotes. */
const DIRECT: readonly Template[] = [
  (a) => `We cannot talk about the future of the region without ${a}.`,
  (a, b) => `For us, ${a} and ${b} go together.`,
  (a) => `There is a clear demand for ${a} across Central Asia.`,
  (a) => `I would not overstate ${a}, but the direction is clear.`,
  (a, b) => `The summit moved ${a} forward, and ${b} will follow.`,
  (a) => `This is a practical organisation, and ${a} is where it proves it.`,
  (a) => `Nobody in the region can afford to ignore ${a} any longer.`,
  (a, b) => `When people discuss ${a}, they are really discussing ${b}.`,
  () => `The decisions taken here will matter for years.`,
  () => `It is a long process, and it needs patience.`,
];

const capitaliseFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function fill(random: Random, lexicon: readonly ThemePhrases[], template: Template): View {
  const first = pickPhrase(random, lexicon);
  let second = pickPhrase(random, lexicon);
  if (second.text === first.text) second = pickPhrase(random, lexicon);
  const text = template(first.text, second.text);
  const themes = [first.themeId];
  if (text.includes(second.text) && second.text !== first.text) themes.push(second.themeId);
  return { text, themes: [...new Set(themes)] };
}

export function reportedView(random: Random, lexicon: readonly ThemePhrases[]): View {
  return fill(random, lexicon, random.pick(REPORTED));
}

/** One to `maxSentences` sentences of direct speech, ending with a full stop. */
export function directView(random: Random, lexicon: readonly ThemePhrases[], maxSentences = 3): View {
  const parts = random.sample(DIRECT, random.int(1, maxSentences)).map((template) => fill(random, lexicon, template));
  return { text: parts.map((p) => capitaliseFirst(p.text)).join(' '), themes: [...new Set(parts.flatMap((p) => p.themes))] };
}

/** A paragraph of views with no attribution verb: what follows a name heading. */
export function viewParagraph(random: Random, lexicon: readonly ThemePhrases[]): View {
  const templates = [...random.sample(DIRECT, 2), ...random.sample(REPORTED, 2)];
  const parts = random.sample(templates, random.int(2, 4)).map((template) => fill(random, lexicon, template));
  const text = parts.map((p) => capitaliseFirst(p.text.endsWith('.') ? p.text : `${p.text}.`)).join(' ');
  return { text, themes: [...new Set(parts.flatMap((p) => p.themes))] };
}

export { capitaliseFirst };
