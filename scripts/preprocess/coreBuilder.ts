/**
 * Stage 4, link: articles' facts → the core (src/model/coreSchema.ts), in whatever order the facts
 * arrive (worker threads finish out of order). Each article's rows go into compact tables at once
 * and its facts are let go; `finish` puts the articles in publication order, merges people across
 * articles in that order (same name → same id; a later description fills what an earlier one left
 * empty), and writes the tables with their final indices. The result does not depend on the order
 * of `add` calls. What it hands over, and how that is laid out as the file: builtCore.ts.
 */
import type { CoreFile, CoreExpertRow } from '../../src/model/coreSchema';
import { CANDIDATE_KINDS, SCHEMA_VERSION, type Article, type Source } from './model';
import type { ArticleMeta } from './analyseArticle';
import type { BuiltCore, CoreHead, CoreTables, LinkRow } from './builtCore';
import { mergeProfiles } from './experts/mergeProfiles';
import type { Profile } from './experts/profile';
import type { ArticleFacts } from './findings';
import type { Gazetteer } from './gazetteer';
import type { ReferenceData } from './reference/load';
import { ListPool, RowBuffer } from './rowBuffer';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Publication date, then id: the articles' order in the data, and the order tables point into. */
export const articleOrder = (a: Pick<Article, 'published' | 'id'>, b: Pick<Article, 'published' | 'id'>) => byString(a.published, b.published) || byString(a.id, b.id);

interface Appearance {
  expert: number;
  name: string;
  profile: Profile;
  aliases: string[];
}

/** Where one article's rows lie in each table: [first, end). */
type Blocks = Record<TableName, [number, number]>;
type TableName = 'quotes' | 'themes' | 'expertTheme' | 'expertCountry' | 'expertExpert' | 'mentions' | 'candidates';

interface ArticleEntry {
  article: ArticleMeta;
  appearances: Appearance[];
  blocks: Blocks;
}

/** Strings → small numbers, in the order first seen (interim indices; `finish` gives the final ones). */
class Interned {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

const DIRECT = 0;
const REPORTED = 1;

export class CoreBuilder {
  private readonly articles: Array<ArticleEntry | undefined> = [];
  private readonly experts = new Interned();
  private readonly countries = new Interned();
  private readonly themeRank: Map<string, number>;
  private readonly pool = new ListPool();
  /** [expert, article, number, kind, themes at, themes length, countries at, countries length] */
  private readonly quotes = new RowBuffer(8);
  /** [theme, hits, quotes] (the article is the block's) */
  private readonly themes = new RowBuffer(3);
  /** [expert, target, weight] */
  private readonly expertTheme = new RowBuffer(3);
  private readonly expertCountry = new RowBuffer(3);
  private readonly expertExpert = new RowBuffer(3);
  /** [country] */
  private readonly mentions = new RowBuffer(1);
  /** [country, kind] */
  private readonly candidates = new RowBuffer(2);

  constructor(
    private readonly reference: ReferenceData,
    private readonly gazetteer: Gazetteer,
  ) {
    this.themeRank = new Map(reference.themes.themes.map((t, i) => [t.id, i]));
  }

  /** The articles added, by the index they were added under (file order for the CLI). */
  get articleMetas(): ArticleMeta[] {
    return this.articles.flatMap((entry) => (entry === undefined ? [] : [entry.article]));
  }

  private theme(id: string): number {
    const rank = this.themeRank.get(id);
    if (rank === undefined) throw new Error(`coreBuilder: theme "${id}" is not in the lexicon`);
    return rank;
  }

  add(index: number, facts: ArticleFacts): void {
    if (this.articles[index] !== undefined) throw new Error(`coreBuilder: article ${index} added twice`);
    const start = (): Blocks => {
      const at = (t: RowBuffer): [number, number] => [t.length, t.length];
      return {
        quotes: at(this.quotes),
        themes: at(this.themes),
        expertTheme: at(this.expertTheme),
        expertCountry: at(this.expertCountry),
        expertExpert: at(this.expertExpert),
        mentions: at(this.mentions),
        candidates: at(this.candidates),
      };
    };
    const blocks = start();
    const appearances: Appearance[] = [];
    let quoteNumber = 0;
    const quoteCount = new Map<string, number>();
    for (const person of facts.people) {
      const expert = this.experts.of(person.id);
      appearances.push({ expert, name: person.name, profile: person.profile, aliases: person.aliases });
      const expertThemeHits = new Map<string, number>();
      for (const q of person.quotes) {
        for (const [id, n] of q.themeHits) expertThemeHits.set(id, (expertThemeHits.get(id) ?? 0) + n);
        for (const [id] of q.themeHits) quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
        quoteNumber += 1;
        const themes = q.themeHits.map(([id]) => this.theme(id)).sort((a, b) => a - b);
        const countries = q.countries.map((iso3) => this.countries.of(iso3));
        this.quotes.push(expert, index, quoteNumber, q.kind === 'direct' ? DIRECT : REPORTED, this.pool.add(themes), themes.length, this.pool.add(countries), countries.length);
      }
      for (const [id, hits] of expertThemeHits) this.expertTheme.push(expert, this.theme(id), hits);
      if (person.profile.country !== null) this.expertCountry.push(expert, this.countries.of(person.profile.country), 1);
    }
    const unique = [...new Set(facts.people.map((p) => p.id))].sort(byString);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) this.expertExpert.push(this.experts.of(unique[i] ?? ''), this.experts.of(unique[j] ?? ''), 1);
    }
    // Theme hits: the weight (a share of the article's hits) is derived by whoever reads the core.
    const hits = new Map(facts.themeHits);
    for (const id of [...hits.keys()].sort((a, b) => this.theme(a) - this.theme(b))) {
      const n = hits.get(id) ?? 0;
      if (n > 0) this.themes.push(this.theme(id), n, quoteCount.get(id) ?? 0);
    }
    for (const iso3 of facts.mentions) this.mentions.push(this.countries.of(iso3));
    for (const c of facts.candidates) this.candidates.push(this.countries.of(c.iso3), CANDIDATE_KINDS.indexOf(c.kind));
    const tables: Record<TableName, RowBuffer> = {
      quotes: this.quotes,
      themes: this.themes,
      expertTheme: this.expertTheme,
      expertCountry: this.expertCountry,
      expertExpert: this.expertExpert,
      mentions: this.mentions,
      candidates: this.candidates,
    };
    for (const name of Object.keys(blocks) as TableName[]) blocks[name][1] = tables[name].length;
    this.articles[index] = { article: facts.article, appearances, blocks };
  }

  /** The core's parts (its tables as row makers) and the article ids in the core's order. */
  finish(generatedAt: string): BuiltCore {
    const entries = this.articles.filter((e): e is ArticleEntry => e !== undefined).sort((a, b) => articleOrder(a.article, b.article));
    const articleRank = new Map(entries.map((e, rank) => [e, rank]));
    const rankOf = (entry: ArticleEntry) => articleRank.get(entry) ?? 0;

    // People, merged in publication order.
    const merged = new Map<number, { name: string; profile: Profile; aliases: string[]; articles: number[] }>();
    for (const entry of entries) {
      const rank = rankOf(entry);
      for (const { expert, name, profile, aliases } of entry.appearances) {
        const existing = merged.get(expert);
        if (existing === undefined) {
          merged.set(expert, { name, profile, aliases: [...aliases], articles: [rank] });
          continue;
        }
        const p = existing.profile;
        if (p.title === undefined || p.organisation === undefined || p.city === undefined || p.country === null) existing.profile = mergeProfiles(p, profile);
        if (aliases.length > 0) {
          const next = [...new Set([...existing.aliases, ...aliases])].filter((a) => a !== existing.name);
          if (next.length > 0) existing.aliases = next;
        }
        if (existing.articles[existing.articles.length - 1] !== rank) existing.articles.push(rank);
      }
    }
    const expertOrder = [...merged.keys()].sort((a, b) => byString(this.experts.values[a] ?? '', this.experts.values[b] ?? ''));
    const expertFinal = new Int32Array(this.experts.values.length);
    expertOrder.forEach((e, i) => (expertFinal[e] = i));

    // Countries: every one with a status or a summit, and every one the articles named, sought, quoted or were from.
    const statusesByCountry = new Map(this.reference.membership.countries.map((c) => [c.iso3, c.statuses]));
    const countryList = [...new Set([...statusesByCountry.keys(), ...this.reference.summits.summits.map((s) => s.country), ...this.countries.values])].sort(byString);
    const countryIndex = new Map(countryList.map((iso3, i) => [iso3, i]));
    const countryFinal = Int32Array.from(this.countries.values, (iso3) => countryIndex.get(iso3) ?? 0);

    // Mentions and each expert's quotes, by final index, in publication order; the other tables are
    // made row by row when written (see CoreTables): at 100,000 articles they are millions of rows.
    const countryMentions: number[][] = countryList.map(() => []);
    const quotesOf: number[][] = expertOrder.map(() => []);
    const blockRows = function* (entry: ArticleEntry, name: TableName) {
      for (let row = entry.blocks[name][0]; row < entry.blocks[name][1]; row++) yield row;
    };
    for (const entry of entries) {
      const rank = rankOf(entry);
      for (const row of blockRows(entry, 'quotes')) quotesOf[expertFinal[this.quotes.get(row, 0)] ?? 0]?.push(row);
      for (const row of blockRows(entry, 'mentions')) countryMentions[countryFinal[this.mentions.get(row, 0)] ?? 0]?.push(rank);
    }
    const inOrder = function* <Row>(name: TableName, row: (r: number, rank: number) => Row): Generator<Row> {
      for (const entry of entries) {
        const rank = rankOf(entry);
        for (const r of blockRows(entry, name)) yield row(r, rank);
      }
    };
    const link = (name: 'expertTheme' | 'expertCountry' | 'expertExpert', table: RowBuffer, target: (i: number) => number) => () =>
      inOrder(name, (r, rank): LinkRow => [expertFinal[table.get(r, 0)] ?? 0, target(table.get(r, 1)), rank, table.get(r, 2)]);
    const { quotes: q, themes, candidates, pool } = this;
    const articleOfRow = (row: number) => rankOf(this.articles[q.get(row, 1)] as ArticleEntry);
    const tables: CoreTables = {
      quotes: function* () {
        for (const [expert, rows] of quotesOf.entries()) {
          for (const row of rows) {
            yield [expert, articleOfRow(row), q.get(row, 2), q.get(row, 3) === DIRECT ? 'direct' : 'reported', pool.list(q.get(row, 4), q.get(row, 5)), pool.list(q.get(row, 6), q.get(row, 7)).map((c) => countryFinal[c] ?? 0)];
          }
        }
      },
      candidates: () => inOrder('candidates', (r, rank): CoreFile['candidates'][number] => [countryFinal[candidates.get(r, 0)] ?? 0, rank, CANDIDATE_KINDS[candidates.get(r, 1)] ?? 'interest']),
      themeWeights: () => inOrder('themes', (r, rank): CoreFile['themeWeights'][number] => [rank, themes.get(r, 0), themes.get(r, 1), themes.get(r, 2)]),
      links: {
        'expert-theme': link('expertTheme', this.expertTheme, (t) => t),
        'expert-country': link('expertCountry', this.expertCountry, (c) => countryFinal[c] ?? 0),
        'expert-expert': link('expertExpert', this.expertExpert, (e) => expertFinal[e] ?? 0),
      },
    };

    const experts: CoreExpertRow[] = expertOrder.map((e) => {
      const { name, profile, aliases, articles } = merged.get(e) as { name: string; profile: Profile; aliases: string[]; articles: number[] };
      return {
        id: this.experts.values[e] ?? '',
        name,
        role: profile.role,
        ...(profile.title === undefined ? {} : { title: profile.title }),
        ...(profile.organisation === undefined ? {} : { organisation: profile.organisation }),
        ...(profile.city === undefined ? {} : { city: profile.city }),
        country: profile.country,
        ...(aliases.length === 0 ? {} : { aliases }),
        articles,
      };
    });
    const sources: Source[] = [...this.reference.membership.sources, ...this.reference.summits.sources];
    const head: CoreHead = {
      schemaVersion: SCHEMA_VERSION,
      generatedAt,
      referenceAsOf: latestReferenceDate(this.reference),
      articles: entries.map(({ article }) => articleRow(article)),
      countries: countryList.map((iso3, i) => ({ iso3, name: this.gazetteer.countryName(iso3), statuses: statusesByCountry.get(iso3) ?? [], mentions: countryMentions[i] ?? [] })),
      experts,
      themes: this.reference.themes.themes.map(({ id, label, description }) => ({ id, label, description })),
      summits: [...this.reference.summits.summits].sort((a, b) => byString(a.date, b.date)),
      sources,
    };
    return { head, tables, articleIds: entries.map(({ article }) => article.id) };
  }
}

function articleRow(article: ArticleMeta): Article {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    ...(article.url === undefined ? {} : { url: article.url }),
    published: article.published,
    year: article.year,
    ...(article.language === undefined ? {} : { language: article.language }),
    wordCount: article.wordCount,
  };
}

/** The newest date in the status history: what "today" means on the map. */
export function latestReferenceDate(reference: ReferenceData): string {
  let latest = '0000';
  for (const country of reference.membership.countries) {
    for (const period of country.statuses) {
      for (const date of [period.from, period.to]) if (date !== undefined && date > latest) latest = date;
    }
  }
  return latest;
}
