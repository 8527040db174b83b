/**
 * The forms reporters use (issue 12), each with short examples written for these tests: whole
 * passages through the extractor, so the rules, the resolver and the people of an article work
 * together as they do on real articles.
 */
import { peopleIn } from '../testSupport';

const people = (body: string) => peopleIn(body).map((p) => [p.name, p.profile.role, p.profile.country] as const);
const one = (body: string) => {
  const found = peopleIn(body);
  expect(found.map((p) => p.name)).toHaveLength(1);
  return found[0]!;
};

describe('forms reporters use', () => {
  it('a credit line of the programme\'s staff ("Host: Name") ends the text of the guest under a name heading', () => {
    const body = 'Anna Kim, senior fellow at the Asia Centre in Oslo\n\nThe corridor will carry more grain than oil.\n\nHost: Dr. Boris Lee.\n\nNext week the programme turns to the ports.';
    expect(one(body).quotes.map((q) => q.text)).toEqual(['The corridor will carry more grain than oil.']);
    // A guest's line that only looks like one is no credit: "Analyst: Boris Lee" is not a role of the programme's.
    const guest = 'Anna Kim, senior fellow at the Asia Centre in Oslo\n\nThe corridor will carry more grain than oil.\n\nAnalyst: Boris Lee.\n\nThe ports matter most.';
    expect(one(guest).quotes.map((q) => q.text).join('\n\n')).toContain('The ports matter most.');
  });

  it('"the Prime Minister said" is the one person the article named with that title, even with no speech verb there', () => {
    expect(people('Prime Minister Anna Kim arrived in Oslo on Monday for the summit.\n\nTalking to reporters on the flight, the Prime Minister said trade with the region must grow.')).toEqual([
      ['Anna Kim', 'official', null],
    ]);
    expect(people('Norwegian Prime Minister Anna Kim arrived in Oslo. The Prime Minister said trade must grow.')).toEqual([['Anna Kim', 'official', 'NOR']]);
  });

  it('"the Prime Minister said" names nobody when the article names two prime ministers, or none', () => {
    expect(people('Prime Minister Anna Kim met Prime Minister Boris Lee in Oslo.\n\nThe Prime Minister said trade with the region must grow.')).toEqual([]);
    expect(people('The President said trade must grow.')).toEqual([]);
  });

  it('a journalist of a newspaper whose name holds "the" takes the paper’s country', () => {
    expect(people('“The bloc is growing,” Mira Sen, a columnist at the daily the Hindu, told the radio.')).toEqual([['Mira Sen', 'expert', 'IND']]);
  });

  it('a copula introduction, then "He says" in the next sentence', () => {
    const person = one('Lena Ostrova is the director of a Moscow-based think tank. She says the bloc is widening faster than it can agree.');
    expect(person.profile).toMatchObject({ title: 'director', country: 'RUS', role: 'expert' });
    expect(person.quotes[0]).toMatchObject({ kind: 'reported', text: 'She says the bloc is widening faster than it can agree.' });
  });

  it('present tense and inverted forms', () => {
    const forms = [
      'The railway will not open this year, says Omar Haddad, a fellow at the Gulf Institute.',
      'Omar Haddad says the railway will not open this year.',
      'Omar Haddad argues otherwise.',
      'Omar Haddad concedes that the railway is late.',
      'Omar Haddad calls the SCO a club of neighbours.',
      'Omar Haddad agrees.',
      'Omar Haddad is quoted as saying that the railway is late.',
      'Omar Haddad told the Steppe Courier the railway was late.',
      'In an interview with the Steppe Courier, Omar Haddad said the railway was late.',
      '“It is late,” asked Omar Haddad.',
    ];
    for (const text of forms) expect(peopleIn(text).map((p) => p.name), text).toEqual(['Omar Haddad']);
  });

  it('a surname alone, before or after the verb, is the person named in full earlier', () => {
    const person = one('Rosa Imanova, an analyst at the Caspian Institute, said ports matter.\n\nImanova added that rail matters too.\n\n“It is slow,” said Imanova.');
    expect(person.quotes).toHaveLength(3);
  });

  it('merges a transliteration variant within the article and notes it', () => {
    const person = one('Yevgeni Kharitonov, a researcher at the Steppe Institute, said the talks failed.\n\n“We saw it coming,” said Evgeny Haritonov.');
    expect(person.name).toBe('Yevgeni Kharitonov');
    expect(person.aliases).toEqual(['Evgeny Haritonov']);
    expect(person.quotes).toHaveLength(2);
  });

  it('a quotation further back than the speaker is not the speaker’s', () => {
    const [person] = peopleIn('The summit’s theme is “Trade and the Steppe”, while Anna Kim, an analyst in Seoul, said the bloc will “keep growing”.');
    expect(person?.quotes.map((q) => q.text)).toEqual(['keep growing']);
    const [other] = peopleIn('Anna Kim is an analyst in Seoul. The plan is called “Steppe Road”, and she said it “will not work”. “It is late,” she added.');
    expect(other?.quotes.map((q) => q.text)).toEqual(['will not work', 'It is late']);
    expect(peopleIn('“It is late,” Anna Kim, an analyst in Seoul, said.')[0]?.quotes.map((q) => q.text)).toEqual(['It is late']);
  });

  it('a paragraph that is only a quotation continues the previous speaker', () => {
    const person = one('The visit achieved its aims, according to Dana Serik of the Almaty-based Steppe Institute.\n\n“First, it showed the bank is ready.\n\n“Second, it gave the ports a reason to invest.”');
    expect(person.quotes.map((q) => q.kind)).toEqual(['reported', 'direct', 'direct']);
    expect(person.profile.country).toBe('KAZ');
  });

  it('does not continue across a paragraph that attributes nothing', () => {
    const person = one('“Trade will grow,” said Dana Serik, an economist in Almaty.\n\nThe talks ended on Friday.\n\n“We will see.”');
    expect(person.quotes).toHaveLength(1);
  });

  it('an aside set off by commas between the name and the verb ("for his part", "in turn")', () => {
    expect(people('Ivan Orlov, for his part, said that trade with the region must grow.')).toEqual([['Ivan Orlov', 'expert', null]]);
    expect(people('Anna Kim, in turn, argued that the bank is ready.').map((p) => p[0])).toEqual(['Anna Kim']);
    // Not any words between commas: "Russia, China and Iran" is a list, not a person with an aside.
    expect(people('Ivan Orlov, the bloc and its banks, said that trade must grow.')).toEqual([]);
  });

  it('"he said" goes to the person named in full as the subject of the sentence before, though that sentence had no speech verb', () => {
    const body = 'Russian analyst Boris Lee said the summit was routine.\n\nBut Iranian President Ivan Orlov tried to calm fears by denying any plans.\n\n“Iran is in favour of peace,” he said.';
    expect(peopleIn(body).map((p) => [p.name, p.quotes.map((q) => q.text)])).toEqual([
      ['Boris Lee', ['Russian analyst Boris Lee said the summit was routine.']],
      ['Ivan Orlov', ['Iran is in favour of peace']],
    ]);
    expect(people('Kazakh president Ivan Orlov is optimistic about the conference:\n\n“We will grow,” he told reporters.')).toEqual([['Ivan Orlov', 'official', 'KAZ']]);
    // The subject must be a full name: "the delegation tried …" leaves "he" to the person in focus.
    expect(people('Russian analyst Boris Lee said the summit was routine. The delegation tried to calm fears.\n\n“It is fine,” he said.').map((p) => p[0])).toEqual(['Boris Lee']);
  });

  it('an anaphor with a demonym describes the person it points to, with or without "the"', () => {
    expect(people('President Ivan Orlov said the bloc could build a fairer order.\n\nKyrgyz leader noted that the heads of state had met earlier.')).toEqual([['Ivan Orlov', 'official', 'KGZ']]);
    expect(people('Anna Kim said trade would grow. The Kazakh economist added that the bank is ready.')).toEqual([['Anna Kim', 'expert', 'KAZ']]);
    // A capitalised word that is no place is not a demonym: "Senior officials noted" is no anaphor.
    expect(people('Anna Kim said trade would grow.\n\nSenior officials noted that the bank is ready.')).toEqual([['Anna Kim', 'expert', null]]);
  });

  it('a job noun that names officials: "senior Kremlin foreign policy aide Name said"', () => {
    expect(people('The summit will draft a plan, senior Kremlin foreign policy aide Ivan Orlov said.')).toEqual([['Ivan Orlov', 'official', 'RUS']]);
  });

  it('"he"/"she" goes to the person in focus, not to the last name seen', () => {
    const found = peopleIn('Anna Kim, an analyst at the Asia Centre, said the visit of President Boris Lee was a success.\n\n“It changes the balance,” she said.');
    expect(found.map((p) => [p.name, p.quotes.length])).toEqual([['Anna Kim', 2]]);
  });

  it('a pronoun of the other gender looks further back', () => {
    const found = peopleIn('Mr. Tomas Berg, a fellow at the Nordic Asia Forum, said trade will grow. Ms. Anna Kim, an analyst at the Asia Centre, disagreed.\n\n“It will not,” he said.');
    expect(found.map((p) => [p.name, p.quotes.length])).toEqual([
      ['Tomas Berg', 2],
      ['Anna Kim', 1],
    ]);
  });
});

describe('officials giving a view', () => {
  it('take their role and country from the title', () => {
    expect(people('Russian President Ivan Orlov said the bloc would grow.')).toEqual([['Ivan Orlov', 'official', 'RUS']]);
    expect(people('China’s Vice Foreign Minister Li Wei says the bank is ready.')).toEqual([['Li Wei', 'official', 'CHN']]);
    expect(people('“We are ready,” said Indian Foreign Secretary Asha Rao.')).toEqual([['Asha Rao', 'official', 'IND']]);
  });

  it('a family name made of a joined article and an honorific’s word ("el-Sheikh") is a name', () => {
    expect(people('Leila el-Sheikh, a professor of politics at Nile Valley University, said the bloc is growing.').map((p) => p[0])).toEqual(['Leila el-Sheikh']);
    // The honorific alone still opens a name rather than being one: "Sheikh Omar Haddad".
    expect(people('Sheikh Omar Haddad said the bloc is growing.').map((p) => p[0])).toEqual(['Omar Haddad']);
  });

  it('a name of three words after the title is the whole name, not a title word and two names', () => {
    expect(people('Pakistani President Omar Ali Khanzada said the bloc would grow.')).toEqual([['Omar Ali Khanzada', 'official', 'PAK']]);
    expect(people('Iranian Foreign Minister Reza Amir Tabrizi says the bank is ready.')).toEqual([['Reza Amir Tabrizi', 'official', 'IRN']]);
    // After a description, the third word still belongs to the organisation's name.
    expect(people('“We are ready,” said the head of the Institute of Parliamentarism Zhanar Tulin.').map((p) => p[0])).toEqual(['Zhanar Tulin']);
  });

  it('"now" decides between a past and a present office', () => {
    expect(people('Bakyt Ormon, a former foreign minister, now the organisation’s secretary-general, says the bloc is open.')).toEqual([['Bakyt Ormon', 'official', null]]);
    expect(people('Bakyt Ormon, a former foreign minister and now a professor at Meridian University, says the bloc is open.')).toEqual([['Bakyt Ormon', 'expert', null]]);
  });

  it('an office in a non-government body is not an official’s', () => {
    expect(people('Anna Kim, vice president of the Meridian Institute in Seoul, said trade will grow.')).toEqual([['Anna Kim', 'expert', 'KOR']]);
    // The organisation's name in a research body's name names what it studies.
    expect(people('Li Wen, the Secretary-General of the SCO Research Centre in Beijing, said trade will grow.')).toEqual([['Li Wen', 'expert', 'CHN']]);
    expect(people('Anna Kim, head of the Center for SCO Studies in Seoul, said trade will grow.')).toEqual([['Anna Kim', 'expert', 'KOR']]);
    expect(people('Li Wen, the Secretary-General of the SCO, said trade will grow.')).toEqual([['Li Wen', 'official', null]]);
  });

  it('"The Deputy Director of …, Name," opens a title; "The Economist" alone names a publication', () => {
    expect(people('The Deputy Director of the Meridian Institute in Seoul, Anna Kim, notes that trade will grow.')).toEqual([['Anna Kim', 'expert', 'KOR']]);
    expect(people('The Director of the Meridian Institute, Anna Kim, notes that trade will grow.')).toEqual([['Anna Kim', 'expert', null]]);
  });

  it('a surname takes the title the article gave the full name', () => {
    expect(people('Chinese Premier Li Wei arrived in Astana on Monday.\n\nIn a speech, Li rejected the idea that the two are rivals.')).toEqual([['Li Wei', 'official', 'CHN']]);
    expect(people('Prime Minister Ivan Orlov of Russia arrived in Baku.\n\n“We want a corridor,” Orlov said.')).toEqual([['Ivan Orlov', 'official', 'RUS']]);
  });

  it('an interview transcript: labels name the speaker, the outlet’s own host is not an expert', () => {
    const found = peopleIn(
      [
        'Tomas Berg, a fellow at the Nordic Asia Forum in Oslo, talked to Mira Solberg, Steppe Radio, about the summit.',
        'Mira Solberg, Steppe Radio: Welcome. What did the summit change?',
        'Tomas Berg: It changed the tone more than the facts.',
        'Mira Solberg, Steppe Radio: And the bank?',
        'Tomas Berg, Nordic Asia Forum: The bank is the real news.',
      ].join('\n\n'),
      { outlet: 'Steppe Radio' },
    );
    expect(found.map((p) => [p.name, p.profile.country, p.quotes.length])).toEqual([['Tomas Berg', 'NOR', 2]]);
  });

  it('a guest who gave the outlet an interview is no member of its staff', () => {
    const found = peopleIn(
      ['Tomas Berg, a fellow at the Nordic Asia Forum in Oslo, gave Steppe Radio an analysis of the summit.', 'Steppe Radio: What did the summit change?', 'Tomas Berg: It changed the tone more than the facts.'].join('\n\n'),
      { outlet: 'Steppe Radio' },
    );
    expect(found.map((p) => p.name)).toEqual(['Tomas Berg']);
    expect(peopleIn('Mira Solberg, a correspondent for Steppe Radio, said the summit changed little.', { outlet: 'Steppe Radio' })).toEqual([]);
  });

  it('a transcript label with the title before the name', () => {
    expect(people('Question: How did the meeting go?\n\nSCO Secretary-General Ivan Orlov: The meeting went well, and trade must grow.')).toEqual([['Ivan Orlov', 'official', null]]);
    expect(people('Russian Foreign Minister Ivan Orlov: We are ready to talk.')).toEqual([['Ivan Orlov', 'official', 'RUS']]);
  });

  it('a transcript label of a leader named in full earlier', () => {
    expect(people('Russian President Ivan Orlov met the press.\n\nIvan Orlov: We will not change course.')).toEqual([['Ivan Orlov', 'official', 'RUS']]);
  });

  it('a title with no name, and the name in a later sentence', () => {
    const [person] = peopleIn('The Oslo bureau chief of the Steppe Courier, a daily in Almaty, said the mood had changed.\n\nSpeaking on the radio, Boris Lee explained that trade had slowed.');
    expect(person).toMatchObject({ name: 'Boris Lee', profile: { country: 'NOR', role: 'expert' }, forms: ['title-then-name', 'subject-verb'] });
    expect(person?.quotes.map((q) => q.text)).toEqual(['The Oslo bureau chief of the Steppe Courier, a daily in Almaty, said the mood had changed.', 'Speaking on the radio, Boris Lee explained that trade had slowed.']);
    // Not to someone already described, and not across more than two paragraphs.
    expect(people('The head of the Steppe Institute said the talks had failed.\n\nAnna Kim, a fellow in Seoul, said so too.')).toEqual([['Anna Kim', 'expert', 'KOR']]);
    expect(peopleIn('The head of the Steppe Institute in Almaty said the talks had failed.\n\nOne.\n\nTwo.\n\nThree.\n\nAnna Kim said so too.').map((p) => p.profile.country)).toEqual([null]);
  });

  it('a long title before the name, set off by commas', () => {
    expect(people('A senior researcher at the Nordic Institute in Oslo, Boris Lee, said the bloc is growing.')).toEqual([['Boris Lee', 'expert', 'NOR']]);
    expect(people('But the Oslo correspondent for the Steppe Courier, Boris Lee, argued the bloc is growing.')).toEqual([['Boris Lee', 'expert', 'NOR']]);
    // A clause with a verb of its own is no title: "the minister was in Oslo" says nothing about Boris Lee.
    expect(people('When the minister was in Oslo, Boris Lee, said the bloc is growing.')).toEqual([]);
  });

  it('a name heading over two lines, the name on one and the title on the next', () => {
    const found = peopleIn('Two former envoys look at the summit.\n\nLena Ostrova\n\nFormer ambassador to Georgia\n\nThe bloc has grown faster than its rules.\n\nBoris Lee\n\nSenior fellow, Nordic Institute, Oslo\n\nThe ports will decide it.');
    expect(found.map((p) => [p.name, p.profile.title, p.profile.country, p.quotes.map((q) => q.text)])).toEqual([
      ['Lena Ostrova', 'Former ambassador to Georgia', null, ['The bloc has grown faster than its rules.']],
      ['Boris Lee', 'Senior fellow', 'NOR', ['The ports will decide it.']],
    ]);
  });

  it('a section heading that is not a name starts no one’s text', () => {
    expect(people('The summit opened.\n\nNew Momentum\n\nSenior officials, no deal\n\nThe talks went on for hours.')).toEqual([]);
  });

  it('a later surname reaches a leader named earlier with a possessive or in a list', () => {
    expect(people('Chinese President Zhou Minghai’s speech was short. Zhou said the bloc must stay open.')).toEqual([['Zhou Minghai', 'official', 'CHN']]);
    const list = 'Leaders including China’s President Zhou Minghai, India’s Prime Minister Ravi Menon and Brazil’s President Jorge Silva attended.\n\nZhou urged the members to “make the voice of the group stronger”.';
    expect(people(list)).toEqual([['Zhou Minghai', 'official', 'CHN']]);
  });

  it('a title stops at the verb of another clause', () => {
    const [person] = peopleIn('The host, President Jorge Silva, will welcome China’s President Zhou Minghai on Monday.\n\nZhou urged the members to “make the voice of the group stronger”.');
    expect(person?.profile).toMatchObject({ title: 'President', country: 'CHN', role: 'official' });
  });

  it('an official title with the boss it serves is still the person’s own description', () => {
    expect(people('“The borders are calm,” Pavel Dorin, Russian President Ivan Orlov’s special representative for the region, told reporters.')).toEqual([['Pavel Dorin', 'official', 'RUS']]);
  });

  it('a job inside a government body is an office; a past office speaks as a commentator', () => {
    expect(people('Boris Lee, chairman of the Kazakh Senate, said the bloc is growing.')).toEqual([['Boris Lee', 'official', 'KAZ']]);
    expect(people('Boris Lee, head of the Uzbek Foreign Ministry’s Asia department, said the bloc is growing.')).toEqual([['Boris Lee', 'official', 'UZB']]);
    expect(people('Boris Lee, director of the Academy of the Uzbek Foreign Ministry, said the bloc is growing.')).toEqual([['Boris Lee', 'expert', 'UZB']]);
    expect(people('Boris Lee, who served as U.S. ambassador to Kazakhstan from 2005 to 2008, said the bloc is growing.')).toEqual([['Boris Lee', 'expert', 'USA']]);
  });

  it('an official who only states a plan or a hope is not giving a view', () => {
    expect(people('President Ivan Orlov has said that he hopes the talks will go on.')).toEqual([]);
  });

  it('an official who only gives someone’s schedule is not giving a view', () => {
    expect(people('On Friday he is due to attend the expo, Chinese Foreign Ministry spokesman Li Wei said.')).toEqual([]);
    expect(people('In a TV interview, Latvian Foreign Minister Ivo Petrak stated that President Boris Lee will attend the summit.')).toEqual([]);
    // A view beside the schedule keeps the spokesman.
    expect(people('On Friday he is due to attend the expo, spokesman Li Wei said. “The bloc is stronger than ever,” Li said.').map((p) => p[0])).toEqual(['Li Wei']);
  });
});

describe('the country of an expert', () => {
  it('from a base city, "X-based", a possessive place, a demonym, or a known organisation', () => {
    const country = (text: string) => one(text).profile.country;
    expect(country('Lena Ostrova, a researcher at the Tashkent-based Steppe Institute, said the ports matter.')).toBe('UZB');
    expect(country('Lena Ostrova, a scholar at Uzbekistan’s University of World Affairs, said the ports matter.')).toBe('UZB');
    expect(country('Lena Ostrova, head of the Almaty office of the Paris-based Meridian Institute, said the ports matter.')).toBe('KAZ');
    expect(country('“The ports matter,” said Kazakh scholar Lena Ostrova.')).toBe('KAZ');
    expect(country('Lena Ostrova, a fellow at Chatham House, said the ports matter.')).toBe('GBR');
    expect(country('Lena Ostrova, Moscow bureau chief of the Steppe Courier, a daily in Almaty, said the ports matter.')).toBe('RUS');
  });

  it('not from a country the person studies, a book title, or a place they only visited', () => {
    const country = (text: string) => one(text).profile.country;
    expect(country('Lena Ostrova, a Russia expert at the Meridian Institute, said the ports matter.')).toBeNull();
    expect(country('Lena Ostrova, an expert on China and author of the book Trade in Russia, said the ports matter.')).toBeNull();
    expect(country('Lena Ostrova, a scholar of Iran who was in Tehran last week, said the ports matter.')).toBe('IRN');
    expect(country('Lena Ostrova, a journalist with the Swiss newspaper Alpine Daily who was in Osh that week, said the ports matter.')).toBe('CHE');
  });

  it('from the city of the organisation the person works at', () => {
    expect(people('“The bloc is growing,” said Anna Kim, the head of the Asia Centre, a Seoul think tank.')).toEqual([['Anna Kim', 'expert', 'KOR']]);
  });

  it('not from the country an envoy is sent to, nor from the sentence before', () => {
    expect(people('Mongolia’s ambassador to China, Bat Erdene, said the bloc is growing.')).toEqual([['Bat Erdene', 'official', 'MNG']]);
    expect(people('Trade rose in Russia, Belarus, and Kazakhstan. Trade economist Boris Lee claims that prices fell.')).toEqual([['Boris Lee', 'expert', null]]);
  });

  it('is null when nothing says it', () => {
    expect(one('“The ports matter,” said Lena Ostrova, a senior fellow at the Institute of').profile.country).toBeNull();
  });
});

describe('people who are only mentioned', () => {
  it('presidents whose visits are reported, photo captions and bylines', () => {
    const body = [
      'Ivan Orlov, left, shakes hands with Li Wei in Astana, on May 2, 2024.',
      'Ivan Orlov, left, shakes hands with Li Wei in Astana, on May 2, 2024.',
      'Mira Solberg',
      'President Ivan Orlov arrived in Astana on Tuesday, and Li Wei met him at the airport.',
      'Ivan Orlov and Li Wei spoke on Wednesday.',
    ].join('\n\n');
    expect(people(body)).toEqual([]);
  });

  it('someone the speaker cites, and a name inside a quotation', () => {
    expect(people('“As Boris Lee said, the bank is ready,” Anna Kim noted.').map((p) => p[0])).toEqual(['Anna Kim']);
    expect(people('The expert cited the visit of UN Secretary-General Boris Lee as evidence.')).toEqual([]);
  });

  it('an excerpt cut short after an introduction still keeps the person introduced', () => {
    expect(people('The talks went on for hours.\n\nWhile the risk exists across the region, Boris Lee, President').map((p) => p[0])).toEqual(['Boris Lee']);
    // A line that would be a name heading, but the excerpt ends there: nothing below it is the person's text.
    expect(people('The talks went on for hours.\n\nBoris Lee, founder of the Oslo-based Nordic Institute, sees that')).toEqual([['Boris Lee', 'expert', 'NOR']]);
  });
});

describe('a courtesy honorific is no title', () => {
  it('"Mr Putin said": the known official keeps the role the list gives', () => {
    expect(people('Russia hosted the meeting in Moscow.\n\nMr Putin said the bloc would grow.')).toEqual([['Vladimir Putin', 'official', 'RUS']]);
    expect(peopleIn('Professor Anna Kim, who heads the Asia Centre in Seoul, said trade will grow.')[0]?.profile.title).toBe('Professor');
  });
});
