import type { ThemePhrases } from './lexicon';
import type { SyntheticExpert } from './names';
import { countryName } from './countries';
import type { Random } from './random';
import { capitaliseFirst, directView, reportedView, viewParagraph, type View } from './views';
import type { FormId } from '../../scripts/preprocess/experts/rules';
import { SAY_VERBS } from './vocabulary';

/**
 * The ways news copy introduces and then re-cites an expert, by the id of the extractor's rule
 * for each form (scripts/preprocess/experts/rules.ts): the generator takes the ids from there, so a
 * form renamed or dropped there fails to compile here. Several phrasings may share a form.
 * Every introduction carries a country cue (a country, a city or a demonym), so the answer key's
 * country can be read from the text; follow-ups use the surname, a pronoun or a bare quotation.
 */
export const INTRO_FORMS = [
  'name-heading',
  'verb-subject',
  'appositive-verb',
  'according-to',
  'subject-verb',
  'copula-introduction',
  'quoted-as-saying',
  'transcript-label',
] as const satisfies readonly FormId[];
export type IntroForm = (typeof INTRO_FORMS)[number];

export const FOLLOW_UP_FORMS = ['pronoun-verb', 'verb-subject', 'subject-verb', 'according-to', 'quote-continuation'] as const satisfies readonly FormId[];
export type FollowUpForm = (typeof FOLLOW_UP_FORMS)[number];

export interface Quotes {
  open: string;
  close: string;
}
export const STRAIGHT_QUOTES: Quotes = { open: '"', close: '"' };
export const CURLY_QUOTES: Quotes = { open: '\u201c', close: '\u201d' };

export interface PhrasingContext {
  random: Random;
  lexicon: readonly ThemePhrases[];
  outlet: string;
  quotes: Quotes;
}

export interface Passage {
  /** Paragraphs, in order. */
  paragraphs: string[];
  views: View[];
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const pronoun = (expert: SyntheticExpert): string => (expert.gender === 'female' ? 'she' : 'he');
const objectPronoun = (expert: SyntheticExpert): string => (expert.gender === 'female' ? 'her' : 'him');

/** `“Q,”`: the last full stop of the quote becomes the comma that leads into the attribution. */
function quoteLeadingIn(view: View, quotes: Quotes): string {
  return `${quotes.open}${view.text.replace(/\.$/, ',')}${quotes.close}`;
}
const quoted = (view: View, quotes: Quotes): string => `${quotes.open}${view.text}${quotes.close}`;

export function introduce(expert: SyntheticExpert, form: IntroForm, context: PhrasingContext): Passage {
  const { random, lexicon, quotes } = context;
  const country = countryName(expert.country.iso3);
  const at = `${article(expert.title)} at the ${expert.organisation} in ${expert.city}`;
  switch (form) {
    case 'name-heading': {
      const heading = random.chance(0.5)
        ? `${expert.name}, ${expert.title} of the ${expert.organisation}, ${expert.city}, ${country}`
        : `${expert.name}, ${article(expert.title)} based in ${expert.city}, ${country}`;
      const views = Array.from({ length: random.int(2, 4) }, () => viewParagraph(random, lexicon));
      return { paragraphs: [random.chance(0.3) ? `${heading}.` : heading, ...views.map((v) => v.text)], views };
    }
    case 'verb-subject': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} said ${expert.name}, ${at}.`], views: [view] };
    }
    case 'appositive-verb': {
      const view = reportedView(random, lexicon);
      const direct = directView(random, lexicon);
      const variant = random.int(0, 2);
      if (variant === 0) return { paragraphs: [`${expert.name}, ${at}, said that ${view.text}.`], views: [view] };
      if (variant === 1) return { paragraphs: [`${expert.name}, who works at the ${expert.organisation} in ${expert.city}, told ${context.outlet} that ${view.text}.`], views: [view] };
      return { paragraphs: [`${expert.name}, ${article(expert.title)} from ${country}, explained: ${quoted(direct, quotes)}`], views: [direct] };
    }
    case 'according-to': {
      const view = reportedView(random, lexicon);
      return {
        paragraphs: [
          random.chance(0.5)
            ? `According to ${expert.name}, ${article(expert.title)} at the ${expert.organisation} in ${country}, ${view.text}.`
            : `According to ${expert.country.demonym} ${expert.title} ${expert.name}, ${view.text}.`,
        ],
        views: [view],
      };
    }
    case 'subject-verb': {
      if (random.chance(0.5)) {
        const view = reportedView(random, lexicon);
        return { paragraphs: [`${expert.country.demonym} ${expert.title} ${expert.name} ${random.pick(SAY_VERBS)} that ${view.text}.`], views: [view] };
      }
      const topic = reportedView(random, lexicon);
      const view = directView(random, lexicon);
      return {
        paragraphs: [`${capitaliseFirst(expert.title)} of ${country}'s ${expert.organisation} ${expert.name} spoke about why ${topic.text}.`, `${quoteLeadingIn(view, quotes)} said ${expert.surname}.`],
        views: [topic, view],
      };
    }
    case 'copula-introduction': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.name} is ${at}. ${capitaliseFirst(pronoun(expert))} says ${view.text}.`], views: [view] };
    }
    case 'quoted-as-saying': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.name}, ${at}, was quoted as saying that ${view.text}.`], views: [view] };
    }
    case 'transcript-label': {
      const first = directView(random, lexicon);
      const second = directView(random, lexicon);
      return {
        paragraphs: [`Below is our conversation with ${expert.name}, ${at}.`, `${expert.name}: ${first.text}`, `${expert.name}, ${expert.organisation}: ${second.text}`],
        views: [first, second],
      };
    }
  }
}

export function followUp(expert: SyntheticExpert, form: FollowUpForm, context: PhrasingContext): Passage {
  const { random, lexicon, quotes } = context;
  switch (form) {
    case 'pronoun-verb': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} ${pronoun(expert)} said.`], views: [view] };
    }
    case 'verb-subject': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} said ${expert.surname}.`], views: [view] };
    }
    case 'subject-verb': {
      const variant = random.int(0, 2);
      if (variant === 2) {
        const view = directView(random, lexicon);
        return { paragraphs: [`${quoteLeadingIn(view, quotes)} ${expert.name} said.`], views: [view] };
      }
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.surname} ${variant === 0 ? 'added' : random.pick(SAY_VERBS)} that ${view.text}.`], views: [view] };
    }
    case 'according-to': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`According to ${objectPronoun(expert)}, ${view.text}.`], views: [view] };
    }
    case 'quote-continuation': {
      const first = directView(random, lexicon);
      const second = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(first, quotes)} said ${expert.surname}.`, quoted(second, quotes)], views: [first, second] };
    }
  }
}
