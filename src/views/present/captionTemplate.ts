/**
 * Caption templates: "By {year} the SCO had {count.member} members and {count.partner} partners".
 * Each placeholder is filled from StepFacts (captionFacts.ts). An unknown placeholder, or one that
 * needs something the step does not select ({expert} without an expert), is a validation error,
 * never a silent blank on the projector.
 */
import { STATUS_KINDS, type StatusKind } from '../../model/schema';
import { statusLabel } from '../../model/statusLabels';
import { joinWithAnd } from '../../model/englishList';
import { changeSentence } from '../../model/statusChanges';
import { counted, type StepFacts } from './captionFacts';
import { formatPartialDate } from '../../model/partialDate';

/** What a placeholder needs from the step beyond its year. */
type Need = 'expert' | 'expertQuote' | 'country' | 'themes' | 'summit';

interface Placeholder {
  /** Shown in the story editor's help. */
  description: string;
  needs?: Need;
  render: (facts: StepFacts) => string;
}

const names = (list: readonly string[]) => (list.length === 0 ? 'no country' : joinWithAnd(list));

function statusPlaceholders(): Record<string, Placeholder> {
  const entries: [string, Placeholder][] = [];
  for (const status of STATUS_KINDS) {
    const label = statusLabel(status).toLowerCase();
    entries.push(
      [`count.${status}`, { description: `number of countries with ${label} status at the end of the year`, render: (f) => String(f.count[status]) }],
      [`joined.${status}`, { description: `countries that became ${label}s that year`, render: (f) => names(f.joined[status]) }],
      [`joinedOn.${status}`, { description: `the date(s) they became ${label}s`, render: (f) => joinWithAnd(f.joinedOn[status]) || 'no date' }],
    );
  }
  return Object.fromEntries(entries);
}

const needsLabel: Record<Need, string> = {
  expert: 'the step to select an expert',
  expertQuote: 'a direct quote of the selected expert in the step’s years (on its themes, if any)',
  country: 'the step to select a country',
  themes: 'the step to choose at least one theme',
  summit: 'an SCO summit in the step’s year',
};

function statusWord(status: StatusKind | null): string {
  return status === null ? 'no SCO status' : statusLabel(status).toLowerCase();
}

export const PLACEHOLDERS: Readonly<Record<string, Placeholder>> = {
  year: { description: 'the step’s year', render: (f) => String(f.year) },
  years: { description: 'the years the step looks at ("2022" or "2022–2024")', render: (f) => (f.scope[0] === f.scope[1] ? String(f.scope[0]) : `${f.scope[0]}–${f.scope[1]}`) },
  ...statusPlaceholders(),
  newcomers: { description: 'countries that gained their first SCO status that year', render: (f) => names(f.newcomers) },
  changes: { description: 'every status change that year, as the map lists it ("Belarus became a member")', render: (f) => changeSentence(f.changes) || 'no status changed' },
  candidates: { description: 'countries named as candidates in the articles up to the year that are not yet members', render: (f) => names(f.candidates) },
  'summit.city': { description: 'the city of that year’s SCO summit', needs: 'summit', render: (f) => f.summit?.city ?? '' },
  'summit.date': { description: 'the date of that year’s SCO summit', needs: 'summit', render: (f) => (f.summit === null ? '' : formatPartialDate(f.summit.date)) },
  articles: { description: '"2 articles": articles in the step’s years', render: (f) => counted(f.articleCount, 'article') },
  experts: { description: '"5 experts": experts in those articles (quoted on the step’s themes, if any)', render: (f) => counted(f.expertCount, 'expert') },
  quotes: { description: '"9 quotes": their quotes (on the step’s themes, if any)', render: (f) => counted(f.quoteCount, 'quote') },
  topTheme: { description: 'the theme with the largest share of those articles', render: (f) => f.topTheme ?? 'no theme' },
  theme: { description: 'the step’s chosen themes', needs: 'themes', render: (f) => joinWithAnd(f.themeLabels) },
  expert: { description: 'the selected expert’s name', needs: 'expert', render: (f) => f.expertName ?? '' },
  'expert.quote': { description: 'the first sentence of the selected expert’s first direct quote there', needs: 'expertQuote', render: (f) => f.expertQuote ?? '' },
  'expert.quotes': { description: '"6 quotes": the selected expert’s quotes in the step’s years', needs: 'expert', render: (f) => counted(f.expertQuoteCount, 'quote') },
  country: { description: 'the selected country’s name', needs: 'country', render: (f) => f.countryName ?? '' },
  'country.status': { description: 'the selected country’s status at the end of the year', needs: 'country', render: (f) => statusWord(f.countryStatus) },
};

const TOKEN = /\{([^{}]*)\}/g;

/** A caption cut into literal text and placeholder names, in order. */
export type CaptionPart = { text: string } | { placeholder: string };

export function captionParts(caption: string): CaptionPart[] {
  const parts: CaptionPart[] = [];
  let last = 0;
  for (const match of caption.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ text: caption.slice(last, match.index) });
    parts.push({ placeholder: (match[1] ?? '').trim() });
    last = match.index + match[0].length;
  }
  if (last < caption.length) parts.push({ text: caption.slice(last) });
  return parts;
}

/** What a step provides for the placeholders that need more than a year. */
export interface StepProvides {
  expert: boolean;
  expertQuote: boolean;
  country: boolean;
  themes: boolean;
  summit: boolean;
}

export function provisionsOf(facts: StepFacts): StepProvides {
  return { expert: facts.expertName !== null, expertQuote: facts.expertQuote !== null, country: facts.countryName !== null, themes: facts.themeLabels.length > 0, summit: facts.summit !== null };
}

/** Problems with a caption template; empty when every placeholder can be filled. */
export function captionProblems(caption: string, provides: StepProvides): string[] {
  const problems: string[] = [];
  for (const part of captionParts(caption)) {
    if ('text' in part) {
      if (/[{}]/.test(part.text)) problems.push('a “{” or “}” is not closed: write placeholders as {name}');
      continue;
    }
    const placeholder = PLACEHOLDERS[part.placeholder];
    if (placeholder === undefined) {
      problems.push(`unknown placeholder {${part.placeholder}}`);
    } else if (placeholder.needs !== undefined && !provides[placeholder.needs]) {
      problems.push(`{${part.placeholder}} needs ${needsLabel[placeholder.needs]}`);
    }
  }
  return [...new Set(problems)];
}

/** The caption with every placeholder filled; call captionProblems first (an unknown name is left as written). */
export function fillCaption(caption: string, facts: StepFacts): string {
  return captionParts(caption)
    .map((part) => ('text' in part ? part.text : (PLACEHOLDERS[part.placeholder]?.render(facts) ?? `{${part.placeholder}}`)))
    .join('');
}
