/**
 * fast-check generators for the text inside article files: markup and script that must stay text,
 * invisible and right-to-left characters, YAML traps, and sentences in every attribution form the
 * extractor knows (from its rule ids and word list), so generated bodies reach quotes and experts.
 */
import attribution from '../../data/reference/attribution.json' with { type: 'json' };
import type { FormId } from '../preprocess/experts/rules';
import { buildAttributionWords } from '../preprocess/experts/words';
import { AttributionFile } from '../preprocess/reference/schemas';
import fc from 'fast-check';

/** Markup and script that must only ever be shown as text; `__pwned` is the trap the checks look for. */
export const HOSTILE_MARKUP = [
  '<img src=x onerror=globalThis.__pwned=1>',
  '<script>globalThis.__pwned=1</script>',
  '<svg onload="globalThis.__pwned=1">',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:globalThis.__pwned=1',
  '[click me](javascript:globalThis.__pwned=1)',
  '<a href="javascript:globalThis.__pwned=1">link</a>',
  '${globalThis.__pwned=1}',
  '{{constructor.constructor("globalThis.__pwned=1")()}}',
  '&lt;script&gt;',
  '&amp;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&nbsp;',
  '](https://example.org)',
  '<!--',
  '-->',
  ']]>',
];

/** Direction, joining and invisible characters: bidi overrides, zero-width, BOM, line separators. */
export const INVISIBLE_AND_RTL = [
  '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u2028', '\u2029',
  '\u0085', 'שלום עולם', 'مرحبا بالعالم', 'د. علي', '\u0301', 'e\u0301', '👩‍👩‍👧', '🇰🇿', '\u0000', '\u0007', '\u001B[31m', '\u007F',
];

/** What YAML reads as something other than plain text: types, anchors, tags, block scalars, document markers. */
export const YAML_TRAPS = [
  ': ', '#', ' # comment', "'", '"', '|', '>', '&anchor', '*anchor', '!!binary', '!!js/function "function(){globalThis.__pwned=1}"',
  '!!js/undefined', '!!python/object:os.system', '[', ']', '{', '}', '- ', '? ', '---', '...', '~', 'null', 'true', 'no', 'on', '0x1F',
  '1e400', '.inf', '.nan', '<<: *anchor', '%YAML 1.2', '\t', '\\', '\\u0000', '@', '`', '2023-02-30', '12:30:00', '=', '!', '%',
];

/** Words the extractor and gazetteer react to, so bodies reach quotes, experts, candidates and themes. */
export const EXTRACTOR_WORDS = [
  'said', 'according to', 'According to', 'he said', 'she noted', 'told reporters', ', an analyst at the Institute of Peace in Astana,',
  'Kazakh political scientist', 'Rizat Tasym', 'Tasym', 'Anna Kim', 'Ürgüp Çelik', 'Иван Петров', 'Dr. Li Wei', 'Mr.', 'J.', 'van der',
  'O’Neill', 'Constructor Proto', 'Hasownproperty Valueof', '“', '”', '«', '»', '„', '"', ',', '.', ':', '\n\n', '\n', ' ', 'Belarus',
  'Iran', 'Kazakhstan', 'Qatar', 'membership', 'became a member', 'interest in joining', 'applied for observer status', 'SCO',
  'Shanghai Cooperation Organisation', 'terrorism', 'Belt and Road', 'energy', 'security', 'Editor’s Note:', 'Photo credit:', 'By',
  'Published: Sep 16, 2022', '---', 'A.', '🙂',
];

export const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** Any short text, from plain ASCII to any code point, mixed with the traps above. */
export function fuzzText(maxParts = 8): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 2, arbitrary: pick(HOSTILE_MARKUP) },
    { weight: 2, arbitrary: pick(INVISIBLE_AND_RTL) },
    { weight: 1, arbitrary: pick(YAML_TRAPS) },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(''));
}

/** A word of 200–5,000 letters without a break: long URLs, base64, keyboard mashing. */
const longWord = fc.tuple(fc.constantFrom('a', 'W', 'я', '中', 'x\u200B', '-', '0'), fc.integer({ min: 200, max: 5000 })).map(([unit, n]) => unit.repeat(n));

/** Names the extractor takes for people: capitalised words, with diacritics, Cyrillic and particles. */
const PERSON_NAMES = ['Rizat Tasym', 'Anna Kim', 'Ürgüp Çelik', 'Omar Haddad', 'Bat Erdene', 'Asel Dzhumabaeva', 'Ivo van der Berg', 'Li Wei', 'Constructor Proto', 'Hasownproperty Valueof'];

/** Every form of every speech verb the extractor knows, from its word list (data/reference/attribution.json). */
const SPEECH_VERB_FORMS = buildAttributionWords(AttributionFile.parse(attribution)).verbForms;

interface Slots {
  name: string;
  said: string;
  text: string;
  place: string;
  country: string;
}

/**
 * Sentences in the forms the extractor recognises, keyed by the rule ids (scripts/preprocess/experts/
 * rules.ts), with generated (often hostile) text in the slots where a quote, an organisation or a
 * view goes — so that text reaches sco.json's quotes, experts' organisations and candidate
 * sentences, not only the "nothing found" path. `candidate` sentences are not attribution forms.
 */
const FORMS: Record<FormId | 'candidate', (s: Slots) => string> = {
  'name-heading': (s) => `${s.name}, director of the ${s.text} Forum in ${s.place}\n\n${s.text} will decide the summit.`,
  'transcript-label': (s) => `${s.name}, ${s.text} Institute: ${s.text} and the SCO will grow.`,
  'according-to': (s) => `According to Kazakh political scientist ${s.name}, ${s.text} shapes security in the region.`,
  'possessive-view': (s) => `In ${s.name}’s view, ${s.text} is about terrorism and the Belt and Road.`,
  'appositive-verb': (s) => `${s.name}, director of the ${s.text} Forum in ${s.place}, ${s.said} that energy trade ${s.text} will expand.`,
  'subject-verb': (s) => `“${s.text},” ${s.name} ${s.said}.`,
  'verb-subject': (s) => `“${s.text} and the SCO will grow,” ${s.said} ${s.name}, an analyst at the ${s.text} Institute in ${s.place}.`,
  'quoted-as-saying': (s) => `${s.name} was quoted as saying that ${s.text} matters.`,
  'pronoun-verb': (s) => `${s.name} said it works.\n\n“${s.text},” she ${s.said}.`,
  'quote-then-name': (s) => `“${s.text},” ${s.name}, who heads the ${s.text} Centre`,
  'quote-continuation': (s) => `“${s.text},” said ${s.name}.\n\n“${s.text}.”`,
  'copula-introduction': (s) => `${s.name} is the director of a ${s.place}-based think tank. He says ${s.text} matters.`,
  'appositive-introduction': (s) => `The radio sent the question to ${s.name}, the head of the ${s.text} office.`,
  'cut-introduction': (s) => `While ${s.text} is a risk, ${s.name}, President`,
  'title-then-name': (s) => `The director of the ${s.text} Forum in ${s.place} ${s.said} the talks failed.\n\n${s.name} ${s.said} ${s.text} matters.`,
  candidate: (s) => `${s.country} has applied for observer status in the SCO, ${s.text}.`,
};
const FORM_KEYS = Object.keys(FORMS) as Array<keyof typeof FORMS>;

export const attributedSentence: fc.Arbitrary<string> = fc
  .record({
    name: pick(PERSON_NAMES),
    said: pick(SPEECH_VERB_FORMS),
    slot: fc.oneof({ weight: 3, arbitrary: fuzzText(4) }, { weight: 2, arbitrary: pick(HOSTILE_MARKUP) }, { weight: 1, arbitrary: longWord }),
    place: fc.constantFrom('Astana', 'Baku', 'Doha', 'Minsk'),
    country: fc.constantFrom('Belarus', 'Qatar', 'Egypt', 'Syria', 'Laos', 'Iran'),
    form: fc.constantFrom(...FORM_KEYS),
  })
  .map(({ form, slot, ...slots }) => FORMS[form]({ ...slots, text: slot.replace(/[“”"\n]/g, ' ').trim() || 'the summit matters' }));

/** Article text: sentences the extractor reads, hostile markup, markdown, long words, invisible characters. */
export function fuzzBody(maxParts = 60): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 6, arbitrary: pick(EXTRACTOR_WORDS) },
    { weight: 3, arbitrary: attributedSentence.map((sentence) => `\n\n${sentence}`) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: pick(HOSTILE_MARKUP) },
    { weight: 1, arbitrary: pick(INVISIBLE_AND_RTL) },
    { weight: 1, arbitrary: fc.constantFrom('# Heading', '**bold**', '> quote', '- item', '1. item', '```', '| a | b |', '![img](x.png)') },
    { weight: 1, arbitrary: longWord },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(' '));
}
