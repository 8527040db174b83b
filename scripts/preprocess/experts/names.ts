/**
 * What a person's name looks like in English news text: two or three capitalised Latin-script
 * words (an initial or a particle such as "van" or "bin" may join them), none of which is a
 * title, an organisation word, a place or a common sentence opener.
 */

/** Words that are never part of a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    // titles and roles
    'President Vice Prime Minister Foreign Deputy Director Executive General Secretary Secretary-General Chairman Chairwoman ' +
    'Chair Head Chief Professor Prof Dr Mr Mrs Ms Miss Sir Ambassador Senator Governor Mayor King Queen Prince Princess Premier ' +
    'Spokesman Spokeswoman Spokesperson Commissioner Envoy Representative Editor Analyst Expert Researcher Scholar Fellow ' +
    'Dean Rector Founder Leader Member Officer Official Adviser Advisor Consultant Coordinator Manager Minister-Counsellor ' +
    'Counsellor Colonel General Admiral Captain Lieutenant Sergeant Major Commander Justice Judge Speaker Chancellor Pope ' +
    // organisations and media
    'Institute Institution Academy Forum University College School Center Centre Council Assembly Department Ministry Agency ' +
    'Foundation Fund Club Society Association Committee Commission Bank Office Bureau Program Programme Service Corporation ' +
    'Company Group Organization Organisation Secretariat Parliament Union Network Laboratory Observatory Initiative Faculty ' +
    'Times News Daily Post Press Review Journal Gazette Herald Radio Television Tribune Telegraph Monitor Insight Media ' +
    'Government Cabinet Administration Court Army Navy Party Federation Republic Kingdom Nations Cooperation Summit Charter ' +
    'Plus Belt Road Spirit Declaration Treaty Strategy Studies Affairs Relations Development Research Security Policy ' +
    // places and regions not in the gazetteer
    'Asia Asian Central Europe European Eurasia Eurasian Africa African America Caucasus Middle East West North South ' +
    'Western Eastern Northern Southern Pacific Atlantic Arctic Gulf Shanghai Ocean Sea Islamic Arab Kashmir Silk ' +
    // openers, pronouns, function words
    'The A An This That These Those It In On At For But And Or As According However Meanwhile Also When While After Before ' +
    'During Since If We They He She I You Our Their His Her Its Some Many Most Other Such Both All Each Every Another Yet ' +
    'Still Thus Therefore Moreover Furthermore So Now Then Today Yesterday Last Next Currently Earlier Later Overall Here ' +
    'There What Why How Who Which Where Of From With Without By To Under Over Between Among Through Despite Although ' +
    'Because Unlike Like Given Following Regarding Speaking Asked In Photo Illustration Editor’s Editor\'s Note Global ' +
    // calendar
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(/\s+/),
);

/** Words that make an appositive a description of a person's job. */
export const ROLE_WORDS = /\b(?:expert|head|analyst|director|professor|researcher|scientist|scholar|fellow|chair(?:man|woman|person)?|president|dean|lecturer|editor|journalist|commentator|economist|specialist|sinologist|orientalist|advis[eo]r|consultant|founder|member|secretary|ambassador|minister|official|diplomat|rector|manager|coordinator|leader|chief|deputy|historian|political|correspondent|works?|worked|working)\b/i;
/** A description of a person has no verb of its own; "the bank will lend" is a clause, not an appositive. */
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|changes|changed)\b/i;

/** "an analyst at the … Institute in Baku": a job description, not the start of the sentence's own clause. */
export const isAppositive = (text: string) => ROLE_WORDS.test(text) && !FINITE_VERB.test(text);

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'dos', 'das']);

const INITIAL = /^\p{Lu}\.$/u;
/** A capitalised word in Latin script, possibly hyphenated or with an apostrophe: "Jean-Pierre", "O'Neill". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’.-]+$/u;

export interface NameContext {
  /** True for country names, demonyms and cities: "Kazakh" or "Moscow" is never part of a name. */
  isPlaceWord: (word: string) => boolean;
}

export function isNameWord(word: string, context: NameContext): boolean {
  if (INITIAL.test(word)) return true;
  if (!CAPITALISED.test(word) || !LATIN.test(word)) return false;
  if (NOT_NAME_WORDS.has(word)) return false;
  for (const part of word.split(/[-’']/)) if (NOT_NAME_WORDS.has(part)) return false;
  return !context.isPlaceWord(word.replace(/['’]s$/u, ''));
}

/** Lower case only: a capitalised "Ter" or "Van" starting a name is a given name, not a particle. */
const isParticle = (word: string) => PARTICLES.has(word.replace(/-$/, ''));

export interface NameAtEnd {
  /** The name's words, e.g. ["Rizat", "Tasym"]; a single word is a surname only. */
  words: string[];
  /** What came before the name in the segment, e.g. "Kazakh political scientist". */
  before: string;
}

/**
 * The person's name that ends a stretch of text ("… Kazakh political scientist Rizat Tasym"), or null.
 * Takes the surname, any particles before it and one given name (plus a middle initial); earlier
 * capitalised words ("… Institute of Parliamentarism Zhanar Tulindinova") are left to the descriptor.
 */
export function nameAtEnd(segment: string, context: NameContext): NameAtEnd | null {
  const trimmed = segment.replace(/[\s,]+$/u, '');
  const words = trimmed.split(/\s+/).filter((w) => w !== '');
  let i = words.length - 1;
  const surname = words[i];
  if (surname === undefined || !isNameWord(surname, context) || INITIAL.test(surname)) return null;
  i--;
  while (i >= 0 && isParticle(words[i] ?? '')) i--;
  const given = words[i];
  if (given !== undefined && isNameWord(given, context)) {
    i--;
    // "John F. Kennedy", "J. Robert Oppenheimer"
    const prev = words[i];
    if (prev !== undefined && (INITIAL.test(given) || INITIAL.test(prev)) && isNameWord(prev, context)) i--;
  } else {
    // A lone capitalised word: only a surname (resolved later against people already named).
    i = words.length - 2;
  }
  // "Mohammad Javad Zarif said": three name words that open the clause are one name; after a
  // description ("… Institute of Parliamentarism Zhanar Tulindinova") the third word is not.
  if (i === 0 && isNameWord(words[0] ?? '', context) && !INITIAL.test(words[0] ?? '') && words.length === 3) i--;
  const nameWords = words.slice(i + 1);
  if (nameWords.every((w) => INITIAL.test(w) || isParticle(w))) return null;
  return { words: nameWords, before: words.slice(0, i + 1).join(' ') };
}

/** The name that opens a paragraph, up to its first comma ("Anton Bugayenko, chief expert of …"). */
export function nameAtStart(text: string, context: NameContext): string[] | null {
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const words = text.slice(0, comma).trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => isNameWord(w, context) || isParticle(w))) return null;
  const surname = words[words.length - 1] ?? '';
  if (isParticle(surname) || INITIAL.test(surname)) return null;
  return words;
}

export const isFullName = (words: readonly string[]) => words.filter((w) => !isParticle(w)).length >= 2;

export const surnameOf = (words: readonly string[]) => words[words.length - 1] ?? '';
