import { prepared } from '../preprocess/testSupport';
import { formOfMiss, rulesFinding, shapeOf } from './forms';

const names = () => prepared().context.names;

describe('the form of a missed person', () => {
  it('names the rules that find the person in the evidence on its own', () => {
    expect(rulesFinding('Ivo Petrak, an analyst at the Danube Forum in Vienna, said the summit was a success.', 'Ivo Petrak', names())).toContain('appositive-verb');
    expect(rulesFinding('According to Anna Kim, the bank is ready.', 'Anna Kim', names())).toEqual(['according-to']);
  });

  it('guesses from the sentence’s shape when no rule reads it, and says so', () => {
    expect(formOfMiss('Anna Kim frets over the bank.', 'Anna Kim', names())).toEqual(['subject-verb (no rule)']);
    expect(shapeOf('Anna Kim: the bank is ready.', 'Anna Kim')).toBe('transcript-label');
    expect(formOfMiss(undefined, 'Anna Kim', names())).toEqual(['(no evidence in the key)']);
  });
});
