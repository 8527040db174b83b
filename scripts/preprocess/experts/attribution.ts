/**
 * Who a sentence attributes a view to. Works on a sentence whose quotations are masked, so a name
 * inside a quote is never taken for the speaker. The forms news uses:
 *   "According to [descriptor] Name, …"      "In his words, …"
 *   "[descriptor] Name said/noted/told …"    "Name, an analyst at …, said …"
 *   "…, said [descriptor] Name"              "“…,” he said" / "“…,” Name said" / "“…,” said Name"
 */
import { isAppositive, nameAtEnd, type NameAtEnd, type NameContext } from './names';

export type SpeakerRef =
  | { kind: 'name'; words: string[]; descriptor: string }
  /** "he said", "she noted", "the expert explained", "according to her": the person last named. */
  | { kind: 'pronoun' };

export type AttributionForm = 'according-to' | 'subject-verb' | 'appositive' | 'verb-subject' | 'pronoun';

export interface Attribution {
  speaker: SpeakerRef;
  form: AttributionForm;
}

export const SPEECH_VERBS = [
  'said', 'says', 'noted', 'notes', 'explained', 'explains', 'told', 'tells', 'added', 'adds', 'stated', 'states',
  'argued', 'argues', 'believes', 'believed', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'pointed out', 'points out', 'remarked', 'commented', 'comments', 'observed', 'observes', 'suggested', 'suggests',
  'warned', 'warns', 'indicated', 'indicates', 'spoke', 'speaks', 'wrote', 'writes', 'underlined', 'underlines',
  'underscored', 'underscores', 'highlighted', 'highlights', 'insisted', 'insists', 'claimed', 'claims', 'predicted',
  'predicts', 'acknowledged', 'asserted', 'asserts', 'maintained', 'maintains', 'thinks', 'recalled', 'recalls',
  'concluded', 'continued', 'opined', 'mentioned', 'elaborated', 'cautioned', 'urged', 'assessed', 'shared',
  'expressed', 'reckons', 'reckoned', 'affirmed', 'announced', 'declared', 'replied', 'answered', 'responded',
];

/** Verbs that may come before the speaker: "…, said Name" but not "…, shared Name". */
const INVERTIBLE = new Set(['said', 'says', 'noted', 'added', 'explained', 'stated', 'wrote', 'writes', 'commented', 'continued', 'concluded', 'argued', 'observed', 'remarked', 'stressed', 'emphasized', 'emphasised', 'told', 'replied', 'answered', 'asked', 'insisted', 'warned']);

const VERB_PATTERN = new RegExp(`\\b(?:${SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})\\b`, 'g');

/** Words that may stand between a subject and its verb: "Tasym also noted", "she has said". */
const BETWEEN_SUBJECT_AND_VERB = /(?:\s+(?:also|further|later|then|recently|previously|once|again|has|had|have|was|is|would|reportedly|earlier|additionally|subsequently|firmly|strongly|clearly|rightly|often|repeatedly|further|openly|publicly|separately|specifically|particularly))+\s*$/;
const PRONOUN_SUBJECT = /(?:^|[\s,;:(“”"_])(?:[Hh]e|[Ss]he)\s*$/;
const ANAPHOR_SUBJECT = /\b[Tt]he\s+(?:\w+\s+)?(?:expert|analyst|scholar|scientist|researcher|professor|specialist|economist|sinologist|director|official|diplomat|academic|commentator|observer)\s*$/;
const CLAUSE_BREAK = /[,;:(“”"—–_]/;
const MAX_APPOSITIVE_COMMAS = 3;

function speakerFromName(found: NameAtEnd, extraDescriptor = ''): SpeakerRef {
  const descriptor = [found.before, extraDescriptor].map((s) => s.trim()).filter((s) => s !== '').join(', ');
  return { kind: 'name', words: found.words, descriptor };
}

function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i] ?? '')) return text.slice(i + 1);
  return text;
}

/** The part of a sentence up to its next comma, full stop or other clause break. */
function nextClause(text: string): string {
  const stop = text.search(/[,;:.!?()“”"_—–]/);
  return stop < 0 ? text : text.slice(0, stop);
}

function accordingTo(sentence: string, context: NameContext): Attribution | null {
  const words = /\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+(?:words|view|opinion)\s+of)\s+/.exec(sentence);
  if (words !== null) {
    const clause = nextClause(sentence.slice(words.index + words[0].length));
    if (/^(?:him|her)\s*$/.test(clause)) return { speaker: { kind: 'pronoun' }, form: 'pronoun' };
    const found = nameAtEnd(clause, context);
    if (found !== null && clause.trim().endsWith(found.words[found.words.length - 1] ?? '')) {
      // "According to Name, an analyst at …, …": the appositive after the name describes the speaker.
      const rest = sentence.slice(words.index + words[0].length + clause.length);
      // It is closed by a comma; "According to Name, the bank will …" has none and is the view itself.
      // When "according to" comes last ("…, according to Name, director of …") the appositive may
      // close with the full stop; when it opens the sentence, what follows the name is the view.
      const closing = words.index > 0 ? /^,\s*([^,;.!?]{1,200})(?:,|[.!?]?\s*$)/ : /^,\s*([^,;.!?]{1,200}),/;
      const appositive = closing.exec(rest)?.[1] ?? '';
      return { speaker: speakerFromName(found, isAppositive(appositive) ? appositive : ''), form: 'according-to' };
    }
  }
  if (/\b[Ii]n\s+(?:his|her)\s+(?:words|view|opinion)\b/.test(sentence)) return { speaker: { kind: 'pronoun' }, form: 'pronoun' };
  // "In Name’s view, …"
  const possessive = /\b[Ii]n\s+([^,;:.]{1,80}?)['’]s?\s+(?:words|view|opinion|assessment)\b/.exec(sentence);
  if (possessive?.[1] !== undefined) {
    const found = nameAtEnd(possessive[1], context);
    if (found !== null && found.before === '') return { speaker: speakerFromName(found), form: 'according-to' };
  }
  return null;
}

/** "Name: “…”" — a name, a colon and the quote (interview style). */
function nameColonQuote(sentence: string, context: NameContext): Attribution | null {
  const match = /^\s*([^,;:.“”"]{3,60}?)\s*:\s*[“"«]/.exec(sentence);
  if (match?.[1] === undefined) return null;
  const found = nameAtEnd(match[1], context);
  if (found === null || found.words.length < 2) return null;
  return { speaker: speakerFromName(found), form: 'subject-verb' };
}

/** "Name of the Asia Centre said": the organisation follows the name. */
function nameOfOrganisation(clause: string, context: NameContext): Attribution | null {
  const match = /^\s*((?:\S+\s+){1,3}?\S+)\s+(?:of|from|at)\s+((?:the\s+)?\p{Lu}[^,;:]{1,120})$/u.exec(clause);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const found = nameAtEnd(match[1], context);
  if (found === null || found.before !== '' || found.words.length < 2) return null;
  return { speaker: speakerFromName(found, match[2]), form: 'subject-verb' };
}

function subjectBeforeVerb(left: string, context: NameContext): Attribution | null {
  const bare = left.replace(BETWEEN_SUBJECT_AND_VERB, '').replace(/\s+$/, '');
  if (PRONOUN_SUBJECT.test(bare) || ANAPHOR_SUBJECT.test(bare)) return { speaker: { kind: 'pronoun' }, form: 'pronoun' };
  if (bare.endsWith(',')) {
    // "Name, director of the … Forum in Brussels, commented": the name sits before the appositive.
    const segments = bare.slice(0, -1).split(',');
    for (let k = segments.length - 2; k >= Math.max(0, segments.length - 1 - MAX_APPOSITIVE_COMMAS); k--) {
      const segment = lastClause(segments[k] ?? '');
      const found = nameAtEnd(segment, context);
      if (found !== null && found.words.length >= 2 && segment.trimEnd().endsWith(found.words[found.words.length - 1] ?? '')) {
        return { speaker: speakerFromName(found, segments.slice(k + 1).join(',')), form: 'appositive' };
      }
    }
    return null;
  }
  const clause = lastClause(bare);
  const found = nameAtEnd(clause, context);
  if (found === null || !clause.trimEnd().endsWith(found.words[found.words.length - 1] ?? '')) return nameOfOrganisation(clause, context);
  return { speaker: speakerFromName(found), form: 'subject-verb' };
}

function subjectAfterVerb(verb: string, left: string, right: string, context: NameContext): Attribution | null {
  if (!INVERTIBLE.has(verb)) return null;
  // Only after a quote or a clause: "“…,” said Name" / "…, said Name", not "the report said".
  if (!/(?:^|[,”"_])\s*$/.test(left)) return null;
  const clause = nextClause(right);
  if (/^\s*(?:he|she)\s*$/.test(clause)) return { speaker: { kind: 'pronoun' }, form: 'pronoun' };
  const found = nameAtEnd(clause, context);
  if (found === null || !clause.trimEnd().endsWith(found.words[found.words.length - 1] ?? '')) return null;
  // "said Name, an analyst at …": the appositive after the name describes the speaker.
  const after = right.slice(clause.length);
  const appositive = (/^,\s*((?:an?|the)\s+[^.;!?]{1,200})/.exec(after)?.[1] ?? '').replace(/,\s*$/, '');
  return { speaker: speakerFromName(found, isAppositive(appositive) ? appositive : ''), form: 'verb-subject' };
}

/** The first attribution in a sentence (quotes masked), or null when the writer speaks for themself. */
export function findAttribution(maskedSentence: string, context: NameContext): Attribution | null {
  const according = accordingTo(maskedSentence, context) ?? nameColonQuote(maskedSentence, context);
  if (according !== null) return according;
  for (const match of maskedSentence.matchAll(VERB_PATTERN)) {
    const left = maskedSentence.slice(0, match.index);
    const right = maskedSentence.slice(match.index + match[0].length);
    const found = subjectBeforeVerb(left, context) ?? subjectAfterVerb(match[0], left, right, context);
    if (found !== null) return found;
  }
  return null;
}

const CUE_PATTERN = new RegExp(`\\b(?:${SPEECH_VERBS.map((v) => v.split(' ')[0]).join('|')}|[Aa]ccording|words|view|opinion)\\b`);

/** False when no attribution form can apply (no speech verb, no "according to", no "in his words"). */
export function hasAttributionCue(text: string): boolean {
  return CUE_PATTERN.test(text) || /:\s*[“"«]/.test(text);
}

/** True when a text contains a speech verb: a name heading never does. */
export function hasSpeechVerb(text: string): boolean {
  VERB_PATTERN.lastIndex = 0;
  const found = VERB_PATTERN.test(text);
  VERB_PATTERN.lastIndex = 0;
  return found;
}
