/**
 * A page's metadata, each field with the place it was read from, in the issue's order of trust:
 * JSON-LD, then OpenGraph and other <meta> tags, then <time datetime>, then a date in the URL.
 * Reads the document and never changes it, so it must run before Readability (which does).
 */
import type { DateCheck } from '../dates';
import { jsonLdArticle, type JsonLdArticle } from './jsonLd';
import { META_TAGS, type MetadataField, type MetaTag } from './metadataSources';
import { pageDate, urlPathDate } from './pageDates';

export interface Found {
  value: string;
  /** Said in the import's output: "JSON-LD headline", "og:site_name", "<time datetime>", … */
  source: string;
}

export interface PageMetadata {
  fields: Partial<Record<MetadataField, Found>>;
  /** Dates that were found but are not real dates, so a "no date" error can say what it saw. */
  rejectedDates: string[];
}

/** The address the page came from, when it was fetched; a saved file has none. */
export interface PageContext {
  fetchedFrom?: string;
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

function metaContent(metas: readonly Element[], tag: MetaTag): string | undefined {
  for (const meta of metas) {
    if (clean(meta.getAttribute(tag.attribute)).toLowerCase() !== tag.name.toLowerCase()) continue;
    const value = clean(meta.getAttribute('content'));
    if (value !== '') return value;
  }
  return undefined;
}

function jsonLd(document: Document): JsonLdArticle | undefined {
  const blocks = [...document.querySelectorAll('script')]
    .filter((script) => clean(script.getAttribute('type')).toLowerCase().startsWith('application/ld+json'))
    .map((script) => script.textContent ?? '');
  return jsonLdArticle(blocks);
}

/** An absolute http(s) address, resolved against the page's own address; anything else (javascript:, data:) is no address. */
export function httpAddress(raw: string | undefined, base?: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = base === undefined ? new URL(raw) : new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Times that say when a page changed, or that sit in lists of other articles and comments, are not its publication date. */
const NOT_PUBLICATION = /updated|modified|edited|comment|related|recommend|sidebar|footer/i;

function timeElementDate(document: Document): string | undefined {
  const times = [...document.querySelectorAll('time[datetime]')];
  const marked = times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate'));
  if (marked) return clean(marked.getAttribute('datetime'));
  const plausible = times.find((time) => {
    if (time.getAttribute('itemprop') === 'dateModified') return false;
    const label = `${time.getAttribute('class') ?? ''} ${clean(time.previousSibling?.textContent).slice(-20)} ${time.parentElement?.getAttribute('class') ?? ''}`;
    if (NOT_PUBLICATION.test(label)) return false;
    return time.closest('aside, footer, nav, [class*="comment" i], [id*="comment" i], [class*="related" i]') === null;
  });
  return plausible === undefined ? undefined : clean(plausible.getAttribute('datetime'));
}

function firstOf(candidates: ReadonlyArray<[string | undefined, string]>): Found | undefined {
  for (const [value, source] of candidates) if (value !== undefined && value !== '') return { value, source };
  return undefined;
}

function metaCandidates(metas: readonly Element[], field: MetadataField): Array<[string | undefined, string]> {
  return META_TAGS[field].map((tag) => [metaContent(metas, tag), tag.attribute === 'property' || tag.attribute === 'name' ? tag.name : `${tag.attribute}=${tag.name}`]);
}

function publishedDate(document: Document, metas: readonly Element[], ld: JsonLdArticle | undefined, urls: ReadonlyArray<string | undefined>, rejected: string[]): Found | undefined {
  const candidates: Array<[string | undefined, string]> = [
    [ld?.datePublished, 'JSON-LD datePublished'],
    ...metaCandidates(metas, 'published'),
    [timeElementDate(document), '<time datetime>'],
  ];
  for (const [raw, source] of candidates) {
    if (raw === undefined || raw === '') continue;
    const date: DateCheck | null = pageDate(raw);
    if (date?.ok === true) return { value: date.value, source };
    rejected.push(`${source} "${raw.slice(0, 40)}"${date === null ? '' : `: ${date.reason}`}`);
  }
  for (const url of urls) {
    const fromUrl = url === undefined ? null : urlPathDate(url);
    if (fromUrl?.ok === true) return { value: fromUrl.value, source: 'date in the URL' };
  }
  return undefined;
}

/** "en-GB", "en_GB" and "EN" are all English: the corpus records the language, not the region. */
function languageOf(raw: string | undefined): string | undefined {
  const primary = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(clean(raw))?.[1];
  return primary?.toLowerCase();
}

/** A byline the page marks up as an author link when it has no author metadata. */
function authorLink(document: Document): string | undefined {
  const link = document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]');
  const name = clean(link?.textContent).replace(/^by\s+/i, '');
  return name !== '' && name.length <= 80 ? name : undefined;
}

/** og:title and <title> often end in " | Outlet" or " - Outlet". */
function withoutOutletSuffix(title: string, outlet: string | undefined): string {
  if (outlet === undefined) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·•]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const trimmed = title.replace(suffix, '');
  return trimmed === '' ? title : trimmed;
}

export function pageMetadata(document: Document, context: PageContext = {}): PageMetadata {
  const ld = jsonLd(document);
  // Read once: each query walks the whole tree, and the largest pages have 100,000 elements.
  const metas = [...document.querySelectorAll('meta')];
  const rejectedDates: string[] = [];
  const canonical = [...document.querySelectorAll('link[rel]')].find((link) => clean(link.getAttribute('rel')).toLowerCase().split(' ').includes('canonical'));
  const base = context.fetchedFrom;
  const url = firstOf([
    [httpAddress(ld?.url, base), 'JSON-LD url'],
    ...metaCandidates(metas, 'url').map(([value, source]): [string | undefined, string] => [httpAddress(value, base), source]),
    [httpAddress(canonical?.getAttribute('href') ?? undefined, base), 'canonical link'],
    [httpAddress(base), 'the address it was fetched from'],
  ]);
  const host = url === undefined ? undefined : new URL(url.value).hostname.replace(/^www\./, '');
  const outlet = firstOf([[ld?.publisher, 'JSON-LD publisher.name'], ...metaCandidates(metas, 'outlet'), [host, 'the URL host']]);
  const title = firstOf([
    [ld?.headline, 'JSON-LD headline'],
    ...metaCandidates(metas, 'title'),
    [clean(document.querySelector('title')?.textContent), '<title>'],
    [clean(document.querySelector('h1')?.textContent), '<h1>'],
  ]);
  if (title !== undefined) title.value = withoutOutletSuffix(title.value, outlet?.value);
  const author = firstOf([
    [ld?.author, 'JSON-LD author'],
    ...metaCandidates(metas, 'author').filter(([value]) => value === undefined || httpAddress(value) === undefined),
    [authorLink(document), 'author link'],
  ]);
  const language = firstOf([
    [languageOf(ld?.inLanguage), 'JSON-LD inLanguage'],
    ...metaCandidates(metas, 'language').map(([value, source]): [string | undefined, string] => [languageOf(value), source]),
    [languageOf(document.documentElement.getAttribute('lang') ?? undefined), '<html lang>'],
  ]);
  const published = publishedDate(document, metas, ld, [url?.value, base], rejectedDates);
  const fields: PageMetadata['fields'] = {};
  for (const [key, found] of Object.entries({ title, outlet, published, url, author, language })) {
    if (found !== undefined) fields[key as MetadataField] = found;
  }
  return { fields, rejectedDates };
}
