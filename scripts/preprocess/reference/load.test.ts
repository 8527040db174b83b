import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../inputError';
import { prepare } from '../pipeline';
import { loadReferenceData, readReferenceFile } from './load';
import { MembershipFile, OfficialsFile, ThemesFile } from './schemas';

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sco-ref-')), name);
  writeFileSync(file, content);
  return file;
}

describe('reference files', () => {
  it('loads the project’s reference data and treats a missing summits.json as no summits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-ref-'));
    for (const name of ['membership.json', 'themes.json', 'gazetteer.json', 'attribution.json']) {
      copyFileSync(join('data/reference', name), join(dir, name));
    }
    const reference = loadReferenceData(dir);
    expect(reference.summits).toEqual({ sources: [], summits: [] });
    expect(reference.officials).toEqual({ officials: [], examples: [] });
    expect(reference.themes.themes.length).toBeGreaterThanOrEqual(10);
  });

  it('names the file and the field when a user-edited lexicon is wrong', () => {
    const file = tempFile('themes.json', JSON.stringify({ themes: [{ id: 'Bad Id', label: 'x', description: '', phrases: ['a(b'] }] }));
    expect(() => readReferenceFile(file, ThemesFile)).toThrow(InputError);
    expect(() => readReferenceFile(file, ThemesFile)).toThrow(/themes\.json: does not match its schema:[\s\S]*themes\.0\.id[\s\S]*themes\.0\.phrases\.0: "a\(b": a "\(" is never closed/);
  });

  it('names the file when it is not JSON', () => {
    const file = tempFile('themes.json', '{ "themes": [ ');
    expect(() => readReferenceFile(file, ThemesFile)).toThrow(/themes\.json: not valid JSON/);
  });

  it('rejects a status period that cites an unknown source', () => {
    const reference = loadReferenceData('data/reference');
    const broken = structuredClone(reference);
    broken.membership.countries[0]!.statuses[0]!.sources = ['S999'];
    expect(() => prepare(broken)).toThrow(/membership\.json: countries\.CHN\.statuses\.0: unknown source "S999"/);
  });

  it('rejects a note that cites an unknown source', () => {
    const reference = loadReferenceData('data/reference');
    const broken = structuredClone(reference);
    broken.membership.countries[0]!.statuses[0]!.note = 'Date from a mirror (S999).';
    expect(() => prepare(broken)).toThrow(/countries\.CHN\.statuses\.0\.note: unknown source "S999"/);
  });

  it('requires an applicant period to say what was applied for, and no other period to', () => {
    const source = { id: 'S1', publisher: 'TASS', url: 'https://tass.com/' };
    const file = (period: object) => tempFile('membership.json', JSON.stringify({ sources: [source], countries: [{ iso3: 'SYR', statuses: [period] }] }));
    const applicant = { status: 'applicant', from: '2015', sources: ['S1'] };
    expect(() => readReferenceFile(file(applicant), MembershipFile)).toThrow(/countries\.0\.statuses\.0\.appliedFor: an applicant period must say what was applied for/);
    expect(() => readReferenceFile(file({ ...applicant, appliedFor: 'observer' }), MembershipFile)).not.toThrow();
    expect(() => readReferenceFile(file({ ...applicant, status: 'observer', appliedFor: 'observer' }), MembershipFile)).toThrow(/only an applicant period says what was applied for/);
    expect(() => readReferenceFile(file({ ...applicant, appliedFor: 'friendship' }), MembershipFile)).toThrow(/appliedFor/);
  });

  it('rejects summit sources whose ids clash with the membership sources', () => {
    const reference = loadReferenceData('data/reference');
    const clash = structuredClone(reference);
    clash.summits = { sources: [{ ...reference.membership.sources[0]!, id: reference.membership.sources[0]!.id }], summits: [] };
    expect(() => prepare(clash)).toThrow(/summits\.json: source id "S1" is already used/);
  });

  it('rejects an official whose spelling already names another, or whose country is no code', () => {
    const reference = loadReferenceData('data/reference');
    const twice = structuredClone(reference);
    twice.officials.officials[1]!.alone = ['Erdogan'];
    expect(() => prepare(twice)).toThrow(/officials\.json: officials\.1: "Erdogan" already names Recep Tayyip Erdoğan/);
    const nowhere = structuredClone(reference);
    nowhere.officials.officials[0]!.iso3 = 'XXX';
    expect(() => prepare(nowhere)).toThrow(/officials\.json: officials\.0: "XXX" is not an ISO 3166-1 alpha-3 code/);
  });

  it('wants a source for every official', () => {
    const official = { name: 'Anna Kim', iso3: 'KOR', offices: [{ office: 'President', from: 2020 }] };
    expect(() => readReferenceFile(tempFile('officials.json', JSON.stringify({ officials: [official] })), OfficialsFile)).toThrow(/officials\.0\.source/);
  });
});
