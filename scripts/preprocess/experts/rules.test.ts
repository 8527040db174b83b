import { segmentParagraphs } from '../segment';
import { prepared } from '../testSupport';
import { tokenize } from '../tokens';
import { FORM_IDS, RULES, type AttributionRule } from './rules';
import type { SpeakerRef } from './speaker';
import { attributionUnits, paragraphCues } from './units';

const names = () => prepared().context.names;

/** The units of a one-paragraph example; an example that stops without a full stop is an excerpt cut there. */
function unitsOf(text: string) {
  const [paragraph] = segmentParagraphs('An example', text);
  if (paragraph === undefined) throw new Error(`no paragraph in "${text}"`);
  const cut = !/[.!?…"”’)]\s*$/u.test(text);
  return attributionUnits(paragraph, 0, paragraphCues(names().words, tokenize(paragraph.text), paragraph.quotes), cut);
}

function speakersFound(rule: AttributionRule, text: string): string[] {
  const candidates = unitsOf(text).flatMap((unit) => (rule.applies(unit) ? rule.match(unit, names()) : []));
  // The resolver stops once no later rule can beat what it has: a rule must never score above its row's bound.
  for (const candidate of candidates) expect(candidate.score, rule.id).toBeLessThanOrEqual(rule.score);
  return candidates.map((c) => label(c.speaker));
}

function label(speaker: SpeakerRef): string {
  if (speaker.kind === 'name') return speaker.words.join(' ');
  if (speaker.kind === 'previous') return 'previous';
  if (speaker.kind === 'next') return 'next';
  if (speaker.title !== undefined) return `the ${speaker.title}`;
  return speaker.gender === 'female' ? 'she' : 'he';
}

describe('the attribution rule table', () => {
  it('has one row per form id, each with examples both ways', () => {
    expect(RULES.map((r) => r.id)).toEqual([...FORM_IDS]);
    for (const rule of RULES) {
      expect(rule.yes.length, rule.id).toBeGreaterThan(0);
      expect(rule.no.length, rule.id).toBeGreaterThan(0);
      expect(rule.cues.length, rule.id).toBeGreaterThan(0);
    }
  });

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it.each(rule.yes.map(([text, speaker]) => [speaker, text]))('finds %s in: %s', (speaker, text) => {
      expect(speakersFound(rule, text)).toContain(speaker);
    });
    it.each(rule.no.map((text) => [text]))('finds nobody in: %s', (text) => {
      expect(speakersFound(rule, text)).toEqual([]);
    });
  });
});
