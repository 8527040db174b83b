/**
 * The attribution word lists (data/reference/attribution.json) made ready for matching: every form
 * of every speech verb in one phrase index, job nouns by role, and the sets the name and
 * organisation rules look words up in. Built once per run; the rules never read the file.
 */
import { buildPhraseIndex, matchPhrases, mergedPhrases, type PhraseIndex } from '../phraseIndex';
import type { AttributionFile, SpeechVerb } from '../reference/schemas';
import { tokenize, type Token } from '../tokens';
import { textMemo } from './textMemo';

export interface VerbForm {
  /** The base form, as listed ("say", "point out"). */
  verb: string;
  invertible: boolean;
  onlyBefore: ReadonlySet<string> | null;
  notBefore: ReadonlySet<string> | null;
  /** The capitalised present form that opens a sentence ("Says Anna Kim: …"); it counts only there. */
  initial?: true;
  /** "to criticise": the base form after "to" counts only when this frame ends the text before it ("… used his speech "). */
  purpose?: RegExp;
  /** "…, saying": the participle after a comma, whose subject is the subject of the clause before it. */
  participle?: true;
}

export type Role = 'expert' | 'official';

/** What a phrase of the cue index is: a speech verb, a job noun, or (rarely) both. */
export interface Cue {
  verb?: VerbForm;
  job?: Role;
}

export interface AttributionWords {
  /** Every present and past form of the speech verbs ("says", "said", "points out"); case-sensitive: verbs are lower case. */
  verbs: PhraseIndex<VerbForm>;
  /** The same forms as plain strings, for generators and fuzzers. */
  verbForms: readonly string[];
  /** Job nouns ("political scientist", "foreign minister"), matched without regard to case. */
  jobs: PhraseIndex<Role>;
  /** Verbs and job nouns in one index, so a paragraph's tokens are read once for both. */
  cues: PhraseIndex<Cue>;
  /** Every word of every job noun, lower case ("political", "scientist"): what a title before a name is made of. */
  jobWords: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  /** What names a research body ("Institute", "Studies"): a government word inside its name ("the Center for SCO Studies") makes no office of a job there. */
  researchBody: RegExp;
  /** Capitalised words that never belong to a person's name: stop words, honorifics, organisation and job words. */
  notNameWords: ReadonlySet<string>;
  organisationNouns: RegExp;
  /** A government or an intergovernmental body: an office there is an official's. */
  government: RegExp;
  /** An intergovernmental body ("SCO", "United Nations"): its officials are of no one country. */
  intergovernmental: RegExp;
  former: RegExp;
  titleCountries: ReadonlyArray<{ pattern: RegExp; iso3: string }>;
  /** The parties at a meeting doing something in the past tense, at the start of a text: a readout, not a view (reports.ts). */
  readout: RegExp;
  /** The programme's own roles ("host", "presenter"): a credit line "Host: Name" names the outlet's staff, not a guest. */
  staffLabels: ReadonlySet<string>;
  /** "for his part", "in turn": set off by commas between a speaker and the verb. */
  asides: ReadonlySet<string>;
  /** "Anna Kim, speaking after the talks, said": an aside that begins with one of these words (null: none listed). */
  asideOpener: RegExp | null;
}

const VOWEL = /[aeiou]/;
/** Words inside job nouns ("editor-in-chief", "head of state") that say nothing about a job alone. */
const LINK_WORDS = new Set(['of', 'in', 'the', 'for', 'and', 'at', 'de', 'to', 'on', 'state']);

/** "argue" → "argues", "reply" → "replies", "stress" → "stresses", "echo" → "echoes". */
export function presentForm(base: string): string {
  const [head = '', ...rest] = base.split(' ');
  let form: string;
  if (/(?:s|x|z|ch|sh|o)$/.test(head)) form = `${head}es`;
  else if (head.endsWith('y') && !VOWEL.test(head.at(-2) ?? '')) form = `${head.slice(0, -1)}ies`;
  else form = `${head}s`;
  return [form, ...rest].join(' ');
}

/** "argue" → "argued", "reply" → "replied", "warn" → "warned"; irregular pasts are listed in the file. */
export function pastForm(base: string): string {
  const [head = '', ...rest] = base.split(' ');
  let form: string;
  if (head.endsWith('e')) form = `${head}d`;
  else if (head.endsWith('y') && !VOWEL.test(head.at(-2) ?? '')) form = `${head.slice(0, -1)}ied`;
  else form = `${head}ed`;
  return [form, ...rest].join(' ');
}

/** "say" → "saying", "argue" → "arguing", "quip" (past "quipped") → "quipping", "lie" → "lying". */
export function participleForm(base: string, past?: string): string {
  const [head = '', ...rest] = base.split(' ');
  let form: string;
  if (head.endsWith('ie')) form = `${head.slice(0, -2)}ying`;
  else if (head.endsWith('e') && !/[eoy]e$/.test(head)) form = `${head.slice(0, -1)}ing`;
  else if (past !== undefined && past === `${head}${head.at(-1) ?? ''}ed`) form = `${head}${head.at(-1) ?? ''}ing`;
  else form = `${head}ing`;
  return [form, ...rest].join(' ');
}

export function verbForms(entry: SpeechVerb): string[] {
  return [...new Set([presentForm(entry.verb), entry.past ?? pastForm(entry.verb), ...(entry.also ?? [])])];
}

const words = (phrase: string) => tokenize(phrase).map((t) => t.text);
const lowerCase = (word: string) => word.toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A case-insensitive whole-phrase alternation, for the short descriptors it is run on. */
const phrasePattern = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const capitalise = (word: string) => (word === '' ? word : word[0]!.toUpperCase() + word.slice(1));

/**
 * "[journalists] [that] both presidents signed", "The heads of the member states congratulated": a few
 * words, then a determiner, a subject from the list (with an "of …" of up to four words) and a
 * past verb.
 */
function readoutPattern(subjects: readonly string[]): RegExp {
  const subject = [...subjects].sort((a, b) => b.length - a.length).map((s) => escape(s).replace(/ /g, '\\s+')).join('|');
  return new RegExp(
    String.raw`^\s*(?:[\p{Ll}’'-]+\s+){0,3}?(?:that\s+)?(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:two\s+|three\s+)?(?:${subject})(?:\s+of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:had\s+|have\s+)?(?:\p{Ll}+ed|held|met|made|took|spoke|gave|won)\b`,
    'u',
  );
}

export function buildAttributionWords(file: AttributionFile): AttributionWords {
  const verbEntries: Array<{ words: string[]; value: VerbForm }> = [];
  const forms: string[] = [];
  // "used his first trip abroad since the election to criticise": the frame's object is short and has no clause break.
  const purposeFrame = file.purposeFrames.length === 0 ? null : new RegExp(`(?:^|\\s)(?:${file.purposeFrames.map(escape).join('|')})\\s+[^,;:.!?“”"_]{1,80}?\\s*$`, 'u');
  for (const entry of file.speechVerbs) {
    const value: VerbForm = {
      verb: entry.verb,
      invertible: entry.invertible === true,
      onlyBefore: entry.onlyBefore === undefined ? null : new Set(entry.onlyBefore),
      notBefore: entry.notBefore === undefined ? null : new Set(entry.notBefore),
    };
    for (const form of verbForms(entry)) {
      verbEntries.push({ words: words(form), value });
      forms.push(form);
    }
    // "…, saying": never inverted, and read only after a comma (matchers.ts).
    verbEntries.push({ words: words(participleForm(entry.verb, entry.past)), value: { ...value, invertible: false, participle: true } });
    // The base form after "to" ("to criticise"), a cue only inside a purpose frame (units.ts).
    if (purposeFrame !== null) verbEntries.push({ words: ['to', ...words(entry.verb)], value: { ...value, purpose: purposeFrame } });
  }
  const jobEntries: Array<{ words: string[]; value: Role }> = [
    ...file.jobNouns.expert.map((job) => ({ words: words(job), value: 'expert' as const })),
    ...file.jobNouns.official.map((job) => ({ words: words(job), value: 'official' as const })),
  ];
  // A job word starts with a capital in a title ("Deputy Director"): never a name then.
  const jobWords = [...file.jobNouns.expert, ...file.jobNouns.official].flatMap(words).map(capitalise);
  const cues = mergedPhrases<Cue>();
  // Case-sensitive, with the spellings that occur: a verb in lower case; a job in lower case, in a
  // title ("Deputy Director") or opening a sentence ("Analysts say"). No word is lower-cased per token.
  for (const entry of verbEntries) cues.add(entry.words, { verb: entry.value });
  // "Says Anna Kim: …", "Adds Anna Kim, …": an invertible verb's present form may open the sentence.
  // Only the present: a past form such as "Said" is also a given name. Such a word is never a name.
  const openers: string[] = [];
  for (const entry of verbEntries) {
    const [word] = entry.words;
    if (!entry.value.invertible || entry.words.length !== 1 || word === undefined || word !== presentForm(entry.value.verb)) continue;
    openers.push(capitalise(word));
    cues.add([capitalise(word)], { verb: { ...entry.value, initial: true } });
  }
  for (const entry of jobEntries) {
    const lower = entry.words.map(lowerCase);
    for (const variant of [lower, lower.map(capitalise), [capitalise(lower[0] ?? ''), ...lower.slice(1)]]) cues.add(variant, { job: entry.value });
  }
  return {
    cues: buildPhraseIndex(cues.entries()),
    verbs: buildPhraseIndex(verbEntries),
    verbForms: forms,
    jobs: buildPhraseIndex(jobEntries, { ignoreCase: true }),
    jobWords: new Set([...file.jobNouns.expert, ...file.jobNouns.official].flatMap(words).map(lowerCase).filter((w) => !LINK_WORDS.has(w))),
    honorifics: new Set(file.honorifics),
    organisationWords: new Set(file.organisationWords),
    researchBody: new RegExp(`\\b(?:${file.researchWords.map(escape).join('|')})\\b`, 'u'),
    notNameWords: new Set([...file.nameStopWords, ...file.honorifics, ...file.organisationWords, ...jobWords, ...openers]),
    organisationNouns: phrasePattern(file.organisationNouns),
    government: phrasePattern([...file.governmentWords, ...file.intergovernmentalWords]),
    intergovernmental: phrasePattern(file.intergovernmentalWords),
    former: phrasePattern(file.formerWords),
    titleCountries: file.titleCountries.map((t) => ({ pattern: phrasePattern([t.words]), iso3: t.iso3 })),
    readout: readoutPattern(file.readoutSubjects),
    staffLabels: new Set(file.staffLabels),
    asides: new Set(file.asides),
    asideOpener: file.asideOpeners.length === 0 ? null : new RegExp(`^(?:${file.asideOpeners.map(escape).join('|')})(?![\\p{L}])`, 'u'),
  };
}

export interface JobMatch {
  role: Role;
  start: number;
  end: number;
}

/** The job nouns in a short text, longest first at each place ("deputy director", not "director"). */
function isPublicationName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start] ?? '') || !/\bThe\s+$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  return !/\s/.test(text.slice(start, end)) && !/^\s+(?:of|at|for|with|in)\b/.test(text.slice(end, end + 6));
}

export function findJobs(vocabulary: AttributionWords, text: string, tokens: readonly Token[] = tokenize(text)): JobMatch[] {
  return (
    matchPhrases(vocabulary.jobs, tokens)
      // "The Diplomat", "The Economist": a publication's name, not a job; but "The Deputy Director",
      // "The Director of the Institute" open a title.
      .filter((m) => !isPublicationName(text, m.start, m.end))
      .map((m) => ({ role: m.value, start: m.start, end: m.end }))
  );
}

/** Appositives and titles repeat: the answer for each text is kept (per vocabulary, bounded). */
export const hasJob: (vocabulary: AttributionWords, text: string) => boolean = textMemo((vocabulary, text) => findJobs(vocabulary, text).length > 0);
