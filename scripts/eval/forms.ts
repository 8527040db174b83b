/**
 * The attribution form of a key's evidence sentence, for the misses table: the rules (by id) that
 * find the person in the sentence on its own, or, when none does, a guess from the sentence's
 * shape marked "(no rule)". A miss whose form a rule does find failed later: in the resolver, the
 * person's description, or the text around the sentence.
 */
import type { NameContext } from '../preprocess/experts/names';
import { RULES, type FormId } from '../preprocess/experts/rules';
import { attributionUnits, paragraphCues } from '../preprocess/experts/units';
import { segmentParagraphs } from '../preprocess/segment';
import { tokenize } from '../preprocess/tokens';

const surname = (name: string) => (name.replace(/\s*\(.*\)\s*$/, '').trim().split(/\s+/).pop() ?? '').toLowerCase();

/** The rules that name `name` (by surname) in `evidence`, read as one short text. */
export function rulesFinding(evidence: string, name: string, names: NameContext): FormId[] {
  const found = new Set<FormId>();
  const wanted = surname(name);
  for (const [index, paragraph] of segmentParagraphs('', evidence).entries()) {
    const cut = !/[.!?…"”’)]\s*$/u.test(paragraph.text);
    for (const unit of attributionUnits(paragraph, index, paragraphCues(names.words, tokenize(paragraph.text), paragraph.quotes), cut)) {
      for (const rule of RULES) {
        if (!rule.applies(unit)) continue;
        for (const candidate of rule.match(unit, names)) {
          const speaker = candidate.speaker;
          if (speaker.kind === 'name' && speaker.words.some((w) => w.toLowerCase() === wanted)) found.add(rule.id);
        }
      }
    }
  }
  return [...found];
}

/** A guess at the form from the sentence's shape, for evidence no rule reads. */
export function shapeOf(evidence: string, name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  const at = evidence.indexOf(last);
  const after = at < 0 ? '' : evidence.slice(at + last.length);
  if (/\baccording to\b/i.test(evidence)) return 'according-to';
  if (/^\s*:/.test(after)) return 'transcript-label';
  if (/^\s*,/.test(after)) return 'appositive-verb';
  if (/^\s+(?:is|was)\s+(?:a|an|the)\b/.test(after)) return 'copula-introduction';
  if (/[”"]\s*,?\s*\p{Ll}+\s*$/u.test(evidence.slice(0, Math.max(0, at - 1)))) return 'verb-subject';
  if (/^\s+\p{Ll}+/u.test(after)) return 'subject-verb';
  return 'other';
}

export function formOfMiss(evidence: string | undefined, name: string, names: NameContext): string[] {
  if (evidence === undefined || evidence.trim() === '') return ['(no evidence in the key)'];
  const rules = rulesFinding(evidence, name, names);
  return rules.length > 0 ? rules : [`${shapeOf(evidence, name)} (no rule)`];
}
