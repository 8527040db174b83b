import type { ThemePhrases } from './lexicon';
import type { SyntheticExpert } from './names';
import { countryName } from './countries';
import type { Random } from './random';
import { capitaliseFirst, directView, reportedView, viewParagraph, type View } from './views';
import { SAY_VERBS } from './vocabulary';

/**
 * The ways news copy introduces and then re-cites an expert (the forms issue 2 lists).
 * Every introduction carries a country cue (a country, a city or a demonym), so the answer key's
 * country can be read from the text; follow-ups use the surname or a pronoun.
 */
export const INTRO_FORMS = [
  'name-heading',
  'said-name-appositive',
  'name-appositive-said',
  'according-to-appositive',
  'according-to-demonym',
  'demonym-title-name-verb',
  'name-told-outlet',
  'title-of-org-name',
  'name-from-country-colon',
] as const;
export type IntroForm = (typeof INTRO_FORMS)[number];

export const FOLLOW_UP_FORMS = ['pronoun-said', 'said-surname', 'surname-added', 'according-to-pronoun', 'surname-verb', 'full-name-said'] as const;
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
    case 'said-name-appositive': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} said ${expert.name}, ${at}.`], views: [view] };
    }
    case 'name-appositive-said': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.name}, ${at}, said that ${view.text}.`], views: [view] };
    }
    case 'according-to-appositive': {
      const view = reportedView(random, lexicon);
      return {
        paragraphs: [`According to ${expert.name}, ${article(expert.title)} at the ${expert.organisation} in ${country}, ${view.text}.`],
        views: [view],
      };
    }
    case 'according-to-demonym': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`According to ${expert.country.demonym} ${expert.title} ${expert.name}, ${view.text}.`], views: [view] };
    }
    case 'demonym-title-name-verb': {
      const view = reportedView(random, lexicon);
      return {
        paragraphs: [`${expert.country.demonym} ${expert.title} ${expert.name} ${random.pick(SAY_VERBS)} that ${view.text}.`],
        views: [view],
      };
    }
    case 'name-told-outlet': {
      const view = reportedView(random, lexicon);
      return {
        paragraphs: [`${expert.name}, who works at the ${expert.organisation} in ${expert.city}, told ${context.outlet} that ${view.text}.`],
        views: [view],
      };
    }
    case 'title-of-org-name': {
      const topic = reportedView(random, lexicon);
      const view = directView(random, lexicon);
      return {
        paragraphs: [
          `${capitaliseFirst(expert.title)} of ${country}'s ${expert.organisation} ${expert.name} spoke about why ${topic.text}.`,
          `${quoteLeadingIn(view, quotes)} said ${expert.surname}.`,
        ],
        views: [topic, view],
      };
    }
    case 'name-from-country-colon': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${expert.name}, ${article(expert.title)} from ${country}, explained: ${quoted(view, quotes)}`], views: [view] };
    }
  }
}

export function followUp(expert: SyntheticExpert, form: FollowUpForm, context: PhrasingContext): Passage {
  const { random, lexicon, quotes } = context;
  switch (form) {
    case 'pronoun-said': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} ${pronoun(expert)} said.`], views: [view] };
    }
    case 'said-surname': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} said ${expert.surname}.`], views: [view] };
    }
    case 'surname-added': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.surname} added that ${view.text}.`], views: [view] };
    }
    case 'according-to-pronoun': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`According to ${objectPronoun(expert)}, ${view.text}.`], views: [view] };
    }
    case 'surname-verb': {
      const view = reportedView(random, lexicon);
      return { paragraphs: [`${expert.surname} ${random.pick(SAY_VERBS)} that ${view.text}.`], views: [view] };
    }
    case 'full-name-said': {
      const view = directView(random, lexicon);
      return { paragraphs: [`${quoteLeadingIn(view, quotes)} ${expert.name} said.`], views: [view] };
    }
  }
}
