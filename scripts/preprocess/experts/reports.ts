/**
 * What an official says that is no view of their own: a plan or a hope ("said he hopes to …"), an
 * event's agenda ("the summit will focus on …"), or a readout of what others did at a meeting
 * ("told journalists that both presidents signed …"). An official whose every quote is one of
 * these is not kept (extractExperts, finish).
 */
import type { AttributionWords } from './words';

/** "said he hopes to …", "has said she will …": a plan or a hope, not a view on anything. */
const SELF_REPORT = /^\s*(?:that\s+)?(?:he|she|I|they|we)\s+(?:hopes?|hoped|has|had|have|will|would|wants?|wanted|plans?|planned|intends?|intended|is going|was going|looks forward|['’]ll|['’]d)\b/;

/**
 * An event's agenda or schedule: "… would be a key item on the agenda", "the summit, which opens
 * in June, will focus on …", "on Friday he is due to attend …". Said by an official, it is an
 * announcement, like a plan of their own.
 */
const ANNOUNCEMENT =
  /\b(?:is|are|was|were)\s+(?:due|scheduled|slated)\s+to\s+(?:attend|visit|travel|arrive|meet|hold|host|take\s+part|participate|pay|chair|address|open)\b|\bwill\s+(?:also\s+|personally\s+)?(?:attend|visit|take\s+part\s+in|participate\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|conference|session|forum|ceremony)\b|\b(?:on|of|tops?|topped)\s+the\s+agenda\b|\b(?:summit|meeting|meet|talks|conference|session|forum|ceremony)\b(?:,[^,;.]{0,80},)?\s+(?:will|would|is\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:be\s+held|take\s+place|focus|open|start|begin|discuss|adopt|sign|initiate|consider|review|bring\s+together)\b/i;

export const isAnnouncement = (sentence: string) => ANNOUNCEMENT.test(sentence);

/** `after`: the words after the speech verb. */
export const isSelfReport = (after: string) => SELF_REPORT.test(after);

/**
 * "told journalists that both presidents signed …", "“The heads of the member states congratulated
 * him,” she added": what the parties at a meeting did, in the past tense, as the words open.
 * `words.readout` is built from the file's readoutSubjects.
 */
export const isReadout = (words: AttributionWords, text: string) => words.readout.test(text);
