import { describe, expect, it } from 'vitest';
import { noteLead, noteParts, noteText, sourceShortName } from './sourceNotes';
import { isVerifiedPeriod, sourceLookup } from './sourceReliability';

const sources = sourceLookup([
  { id: 'S30', publisher: 'TASS via OANA', url: 'https://oananews.org/' },
  { id: 'S37', publisher: 'Mehr News', url: 'https://en.mehrnews.com/' },
  { id: 'S49', publisher: 'freenews-en.tk (mirror of a Khakimov briefing)', url: 'http://freenews-en.tk/', weak: 'an unattributed mirror' },
  { id: 'S53', publisher: 'TASS (EN)', url: 'https://tass.com/' },
  { id: 'S18b', publisher: 'Lokmat Times', url: 'https://www.lokmattimes.com/' },
]);

describe('noteParts', () => {
  it('replaces each known source id with the source, keeping the text around it', () => {
    const parts = noteParts('Procedure launched at Dushanbe, Sep 2021 (S37); memorandum (S53, S18b).', sources);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : `<${p.source.id}>`)).join('')).toBe(
      'Procedure launched at Dushanbe, Sep 2021 (<S37>); memorandum (<S53>, <S18b>).',
    );
  });

  it('leaves an unknown id and words that only look like ids as text', () => {
    expect(noteParts('See S999 and the S400 missiles; SCO2025.', sources)).toEqual([{ kind: 'text', text: 'See S999 and the S400 missiles; SCO2025.' }]);
    expect(noteParts('', sources)).toEqual([]);
  });
});

describe('noteText', () => {
  it('names the sources instead of their ids, and flags a weak one', () => {
    const text = noteText('Reported 13 Feb 2015 (S30). A 2016 report (S49) says more; see S53.', sources);
    expect(text).toBe('Reported 13 Feb 2015 (TASS via OANA). A 2016 report (freenews-en.tk, weak source) says more; see TASS.');
    expect(text).not.toMatch(/\bS\d+/);
  });

  it('drops a trailing parenthesis from the publisher inside running text only', () => {
    expect(sourceShortName({ publisher: 'TASS (EN)' })).toBe('TASS');
    expect(sourceShortName({ publisher: 'Yeni Şafak / Anadolu Agency' })).toBe('Yeni Şafak / Anadolu Agency');
    expect(sourceShortName({ publisher: '(EN)' })).toBe('(EN)');
  });
});

describe('isVerifiedPeriod', () => {
  it('needs one known source that is not weak', () => {
    expect(isVerifiedPeriod({ sources: ['S30', 'S49'] }, sources)).toBe(true);
    expect(isVerifiedPeriod({ sources: ['S49'] }, sources)).toBe(false);
    expect(isVerifiedPeriod({ sources: ['S999'] }, sources)).toBe(false);
  });
});

describe('noteLead', () => {
  it('keeps the first sentence and says there is more', () => {
    expect(noteLead('Asked for observer status in 2015 (TASS). A 2016 report says more.')).toBe('Asked for observer status in 2015 (TASS). …');
    expect(noteLead('Memorandum signed 15 Jul 2023.')).toBe('Memorandum signed 15 Jul 2023.');
    expect(noteLead('Decided at Ufa; memorandum signed in 2016, before 16 Apr.')).toBe('Decided at Ufa; memorandum signed in 2016, before 16 Apr.');
  });
});
