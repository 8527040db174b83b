/** Stage 5, validate: what we write must pass the same checks the app runs when it loads the file. */
import { z } from 'zod';
import { findBrokenReferences } from '../../src/model/integrity';
import { ScoDataSchema, type ScoData } from './model';

export class OutputInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the pipeline produced data that fails its own contract:\n  ${problems.slice(0, 10).join('\n  ')}`);
    this.name = 'OutputInvalidError';
  }
}

export function validateScoData(data: unknown): ScoData {
  const parsed = ScoDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new OutputInvalidError(parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`));
  }
  const broken = findBrokenReferences(parsed.data);
  if (broken.length > 0) throw new OutputInvalidError(broken);
  return parsed.data;
}

/** The contract as JSON Schema, written beside sco.json for anyone reading the data without TypeScript. */
export function scoJsonSchema(): unknown {
  return z.toJSONSchema(ScoDataSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
