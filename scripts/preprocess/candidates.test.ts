import { analyse } from './testSupport';

/** Candidates of a short text in an article about the SCO, dated 2024-07-05 unless said otherwise. */
const candidates = (text: string, published = '2024-07-05') =>
  analyse(`The Shanghai Cooperation Organisation (SCO) met this week.\n\n${text}`, { published })
    .candidates.map((c) => `${c.iso3}:${c.kind}`)
    .sort();

describe('candidate states, by clause', () => {
  it('finds the subject of the membership predicate, with what it seeks', () => {
    expect(candidates('Membership in the organization is expanding to include Belarus.', '2024-06-01')).toEqual(['BLR:membership']);
    expect(candidates('Bangladesh, Laos, and Qatar have shown interest in attaining full membership.')).toEqual(['BGD:membership', 'LAO:membership', 'QAT:membership']);
    expect(candidates('Syria has applied for observer status in the SCO.')).toEqual(['SYR:observer']);
    expect(candidates('Türkiye aspires to full membership in the organisation.')).toEqual(['TUR:membership']);
    expect(candidates('Egypt wants to join the SCO as a member.')).toEqual(['EGY:membership']);
    expect(candidates('Myanmar is interested in the SCO.')).toEqual(['MMR:interest']);
    expect(candidates('Nepal and Sri Lanka are expected to become full members of the group.')).toEqual(['LKA:membership', 'NPL:membership']);
    expect(candidates('Nepal and Sri Lanka could be formally admitted as full members next year.')).toEqual(['LKA:membership', 'NPL:membership']);
    expect(candidates('At this year’s summit, Nepal and Sri Lanka will complete the process of joining the SCO.')).toEqual(['LKA:membership', 'NPL:membership']);
    expect(candidates('Cambodia has begun the formal procedures of joining the organisation.')).toEqual(['KHM:membership']);
    expect(candidates('Turkey has also announced its intention to join the SCO.')).toEqual(['TUR:membership']);
    expect(candidates('Serbia announced its intention to become a dialogue partner.')).toEqual(['SRB:dialogue-partner']);
  });

  it('finds the object of the predicate, and possessive owners of a bid', () => {
    expect(candidates('The summit granted Nepal and Cambodia observer status.')).toEqual(['KHM:observer', 'NPL:observer']);
    expect(candidates('The bloc admitted Bahrain as a dialogue partner.', '2021-05-01')).toEqual(['BHR:dialogue-partner']);
    expect(candidates('Armenia applied for full membership, while Azerbaijan’s request is still pending.')).toEqual(['ARM:membership', 'AZE:membership']);
    expect(candidates('Serbia was granted partner status at the summit.', '2025-10-01')).toEqual(['SRB:partner']);
    // The countries set off after a count of what they became.
    expect(candidates('The summit admitted two observers, Vietnam and Indonesia, and said China would chair it next year.')).toEqual(['IDN:observer', 'VNM:observer']);
    expect(candidates('The bloc admitted Bahrain last year.', '2021-05-01')).toEqual(['BHR:membership']);
  });

  it('a status received, or granted "to" a list of countries', () => {
    expect(candidates('Nepal, Oman and Bahrain will receive dialogue partner status at the summit.', '2010-01-01')).toEqual(['BHR:dialogue-partner', 'NPL:dialogue-partner', 'OMN:dialogue-partner']);
    expect(candidates('The leaders agreed to grant the dialogue partner status to Nepal, Oman and Bahrain.', '2010-01-01')).toEqual(['BHR:dialogue-partner', 'NPL:dialogue-partner', 'OMN:dialogue-partner']);
    expect(candidates('Nepal received a delegation from the SCO secretariat.', '2010-01-01')).toEqual([]);
  });

  it('a country named once gives one candidate: the table order decides between rows that share cue words ("wants")', () => {
    expect(candidates('Nepal wants to join the SCO and wants closer ties with its members.', '2010-01-01')).toEqual(['NPL:membership']);
    expect(candidates('Nepal wants closer ties with the SCO.', '2010-01-01')).toEqual(['NPL:interest']);
  });

  it('"partner status" before the SCO had a status of that name is the dialogue partner\'s', () => {
    expect(candidates('The leaders agreed to grant Belarus and Sri Lanka partner status.', '2009-05-01')).toEqual(['BLR:dialogue-partner', 'LKA:dialogue-partner']);
    expect(candidates('The leaders agreed to grant Serbia partner status.', '2025-08-31')).toEqual(['SRB:dialogue-partner']);
    expect(candidates('The leaders agreed to grant Serbia partner status.', '2025-09-01')).toEqual(['SRB:partner']);
    expect(candidates('The leaders agreed to grant Nepal observer status.', '2009-06-01')).toEqual(['NPL:observer']);
  });

  it('a memorandum of obligations signed on the way to joining', () => {
    expect(candidates('Nepal is anticipated to sign a memorandum of commitments to join the SCO.', '2010-01-01')).toEqual(['NPL:membership']);
    expect(candidates('Nepal signed a memorandum of obligations to join the organisation next year.', '2010-01-01')).toEqual(['NPL:membership']);
    expect(candidates('Nepal signed a memorandum with Bhutan to join their power grids.', '2010-01-01')).toEqual([]);
  });

  it('a list of countries as the object keeps the status said after it, with or without a serial comma', () => {
    expect(candidates('Officials prepared decisions awarding Nepal, Bhutan, and Serbia the status of dialogue partners.', '2010-01-01')).toEqual(['BTN:dialogue-partner', 'NPL:dialogue-partner', 'SRB:dialogue-partner']);
    expect(candidates('The leaders agreed to grant Nepal, Bhutan and Serbia observer status.', '2010-01-01')).toEqual(['BTN:observer', 'NPL:observer', 'SRB:observer']);
    // A clause after the list still ends the status's reach.
    expect(candidates('The summit admitted Nepal and Bhutan, and talks on observer status went on.', '2010-01-01')).toEqual(['BTN:membership', 'NPL:membership']);
  });

  it('the status after "as" says what an admission or accession is for', () => {
    expect(candidates('The summit approved the admission of Nepal as an observer.', '2010-01-01')).toEqual(['NPL:observer']);
    expect(candidates('Serbia’s accession as a dialogue partner is on the agenda.')).toEqual(['SRB:dialogue-partner']);
    expect(candidates('The summit approved the admission of Nepal as a full member.', '2010-01-01')).toEqual(['NPL:membership']);
  });

  it('a country that only modifies the object is not the object: "welcomed the US withdrawal"', () => {
    expect(candidates('The members first welcomed the US withdrawal, and the bloc grew.')).toEqual([]);
    expect(candidates('The summit accepted Egypt’s proposal on trade with its members.')).toEqual([]);
  });

  it('an opening "it" or "the country" stands for the country the sentence before opened with', () => {
    expect(candidates('Nepal has been a dialogue partner since 2016. It hopes to become an observer next.')).toEqual(['NPL:observer']);
    expect(candidates('Laos joined the forum in 1997.\n\nThe country has applied for observer status in the SCO.')).toEqual(['LAO:observer']);
    expect(candidates('Nepal sent a delegation. Reports that it would join the bloc as an observer were denied.')).toEqual(['NPL:observer']);
    // The sentence before opened with no country, or the pronoun is no sentence subject.
    expect(candidates('The summit was held in Astana. It is expected to admit new members.')).toEqual([]);
    expect(candidates('Nepal sent a delegation. Officials said the talks went well. It hopes to become an observer.')).toEqual([]);
  });

  it('a country in a hyphenated modifier is none of the objects: "admit U.S.-allied Mongolia", "admit oil-rich Qatar"', () => {
    expect(candidates('The summit in June will admit U.S.-allied Mongolia as an observer.', '2004-01-10')).toEqual(['MNG:observer']);
    expect(candidates('The summit voted to admit oil-rich Qatar as a dialogue partner.', '2021-05-01')).toEqual(['QAT:dialogue-partner']);
    expect(candidates('The bloc welcomed Russia-backed plans for a bank.')).toEqual([]);
  });

  it('reads past an aside between the country and its predicate', () => {
    expect(candidates('Ethiopia, through its embassy in Moscow, asked to become a dialogue partner of the SCO.')).toEqual(['ETH:dialogue-partner']);
    expect(candidates('Ethiopia, which has long traded with the bloc, asked to become a dialogue partner of the SCO.')).toEqual(['ETH:dialogue-partner']);
    expect(candidates('Nepal – now on track to become an observer – sent envoys to the SCO.')).toEqual(['NPL:observer']);
  });

  it('leaves out other countries of the sentence, cities and demonyms', () => {
    expect(candidates('The group admitted two observers and said China would chair it next year.')).toEqual([]);
    expect(candidates('The summit granted two countries observer status, a researcher at an institute in Beijing said.')).toEqual([]);
    expect(candidates('Kazakh experts joined the discussion on membership.')).toEqual([]);
    expect(candidates('Kazakhstan’s chairmanship helped new members join the SCO.')).toEqual([]);
    expect(candidates('Two members of the SCO, India and Pakistan, are in conflict over Kashmir.')).toEqual([]);
    expect(candidates('Mongolia has not applied for membership.')).toEqual([]);
  });

  it('never counts a country that already holds what it seeks on the article’s date', () => {
    expect(candidates('Iran became a full member of the SCO in 2023.')).toEqual([]);
    expect(candidates('Iran became a full member of the SCO.', '2023-06-01')).toEqual(['IRN:membership']);
    expect(candidates('India wants to join the SCO.')).toEqual([]);
    // Belarus joined on 4 July 2024; an article dated only "2024-07" may be from before.
    expect(candidates('Belarus is joining the SCO.', '2024-07')).toEqual(['BLR:membership']);
  });

  it('is about the SCO: joining another bloc, or a sentence with no body at all, is not a candidacy', () => {
    expect(candidates('Egypt and Iran want to join BRICS as members.')).toEqual([]);
    expect(candidates('Central Asia and China are interested in joint development.')).toEqual([]);
    expect(analyse('Egypt wants to join the bloc as a member.').candidates).toEqual([]);
  });

  it('keeps the sentence as evidence', () => {
    const [candidate] = analyse('The SCO summit opened. Egypt wants to join the SCO as a member. Trade grew.').candidates;
    expect(candidate).toMatchObject({ iso3: 'EGY', kind: 'membership', sentence: 'Egypt wants to join the SCO as a member.' });
  });
});
