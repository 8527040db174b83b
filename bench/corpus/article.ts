import { countryName, pickWeighted, EXPERT_COUNTRIES } from './countries';
import { pickPhrase, type ThemePhrases } from './lexicon';
import { pickExpert, type PeoplePools, type SyntheticExpert } from './names';
import { bystanderLine, leadParagraph, newsParagraph, type BystanderRole } from './narrative';
import {
  CURLY_QUOTES,
  FOLLOW_UP_FORMS,
  INTRO_FORMS,
  STRAIGHT_QUOTES,
  followUp,
  introduce,
  type IntroForm,
  type PhrasingContext,
} from './phrasings';
import { createRandom } from './random';
import { OUTLETS, SECTION_HEADINGS } from './vocabulary';

export const FIRST_YEAR = 1996;
export const LAST_YEAR = 2025;

export interface PlantedExpert {
  name: string;
  country: string;
  introForm: IntroForm;
  followUps: string[];
  themes: string[];
}

export interface SyntheticArticle {
  id: string;
  fileName: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  body: string;
  experts: PlantedExpert[];
  /** People named in the text who are not experts. */
  bystanders: { name: string; role: BystanderRole }[];
}

const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates over 1996–2025, mostly full days; some sources give only a month or a year. */
function publishedDate(random: ReturnType<typeof createRandom>): string {
  const year = random.int(FIRST_YEAR, LAST_YEAR);
  const month = random.int(1, 12);
  const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const precision = random.next();
  if (precision < 0.05) return String(year);
  if (precision < 0.2) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function makeTitle(random: ReturnType<typeof createRandom>, lexicon: readonly ThemePhrases[], city: string): string {
  const phrase = pickPhrase(random, lexicon).text;
  const theme = random.pick(lexicon);
  const country = countryName(random.pick(EXPERT_COUNTRIES).iso3);
  switch (random.int(0, 4)) {
    case 0:
      return `SCO meeting in ${city}: experts weigh ${phrase}`;
    case 1:
      return `What the ${city} talks mean for ${phrase}`;
    case 2:
      return `${theme.label} tops the agenda as the SCO meets in ${city}`;
    case 3:
      return `Views from ${country} on the SCO and ${phrase}`;
    default:
      return `After ${city}, the SCO turns to ${phrase}`;
  }
}

/**
 * One article, from its own seed alone. `attempt` lets the corpus ask for another draw when a
 * title and date pair was already taken (the pipeline rightly refuses duplicates).
 */
export function generateArticle(
  articleSeed: number,
  index: number,
  pools: PeoplePools,
  lexicon: readonly ThemePhrases[],
): SyntheticArticle {
  const random = createRandom(articleSeed);
  const outlet = random.pick(OUTLETS);
  const city = random.pick(pickWeighted(random, EXPERT_COUNTRIES).cities);
  const published = publishedDate(random);
  const title = makeTitle(random, lexicon, city);
  const context: PhrasingContext = { random, lexicon, outlet, quotes: random.chance(0.5) ? CURLY_QUOTES : STRAIGHT_QUOTES };

  const experts: SyntheticExpert[] = [];
  const expertCount = random.int(1, 5);
  while (experts.length < expertCount) {
    const candidate = pickExpert(random, pools.experts);
    if (!experts.includes(candidate)) experts.push(candidate);
  }
  // Some outlets (like the Global Times seed) give each expert a name heading and the paragraphs below it.
  const headingStyle = random.chance(0.2);

  const paragraphs: string[] = [];
  const bystanders: SyntheticArticle['bystanders'] = [];
  const mention = (role: BystanderRole): string => {
    const person = random.pick(pools.bystanders);
    bystanders.push({ name: `${person.given} ${person.surname}`, role });
    return bystanderLine(random, person, role, city);
  };

  if (random.chance(0.3)) paragraphs.push(mention('byline'));
  if (random.chance(0.4)) paragraphs.push(title);
  paragraphs.push(leadParagraph(random, context.lexicon, city));
  if (random.chance(0.3)) paragraphs.push(mention('photo-credit'));
  if (random.chance(0.4)) paragraphs.push(mention('head-of-state'));
  for (let i = random.int(1, 2); i > 0; i -= 1) paragraphs.push(newsParagraph(random, context.lexicon));

  const planted: PlantedExpert[] = [];
  for (const expert of experts) {
    const introForm: IntroForm = headingStyle ? 'name-heading' : random.pick(INTRO_FORMS.filter((f) => f !== 'name-heading'));
    if (!headingStyle && random.chance(0.3)) paragraphs.push(random.pick(SECTION_HEADINGS));
    const intro = introduce(expert, introForm, context);
    paragraphs.push(...intro.paragraphs);
    const views = [...intro.views];
    const followUps: string[] = [];
    if (!headingStyle) {
      const count = random.int(0, 3);
      for (let i = 0; i < count; i += 1) {
        const form = random.pick(FOLLOW_UP_FORMS);
        const passage = followUp(expert, form, context);
        paragraphs.push(...passage.paragraphs);
        views.push(...passage.views);
        followUps.push(form);
      }
    }
    if (random.chance(0.6)) paragraphs.push(newsParagraph(random, context.lexicon));
    planted.push({
      name: expert.name,
      country: expert.country.iso3,
      introForm,
      followUps,
      themes: [...new Set(views.flatMap((v) => v.themes))].sort(),
    });
  }
  if (random.chance(0.3)) paragraphs.push(mention('minister'));
  paragraphs.push(newsParagraph(random, context.lexicon));

  const id = `${String(index + 1).padStart(5, '0')}-${slugify(title).slice(0, 48).replace(/-$/, '')}`;
  const host = slugify(outlet);
  return {
    id,
    fileName: `${id}.md`,
    title,
    outlet,
    url: `https://${host}.example/${published.slice(0, 4)}/${id}`,
    published,
    body: paragraphs.join('\n\n'),
    experts: planted,
    bystanders,
  };
}

/** The article as a file in the pipeline's input format (YAML front matter, then the body). */
export function toMarkdown(article: SyntheticArticle): string {
  // JSON strings are valid YAML double-quoted scalars, so titles with colons or quotes stay intact.
  return [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `outlet: ${JSON.stringify(article.outlet)}`,
    `url: ${article.url}`,
    // Unquoted, as people write it (and as the seeds do): YAML reads 2024-07-04 as a date and 2024 as a number.
    `published: ${article.published}`,
    'language: en',
    '---',
    article.body,
    '',
  ].join('\n');
}
