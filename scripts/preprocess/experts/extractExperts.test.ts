import { peopleIn } from '../testSupport';

const names = (body: string) => peopleIn(body).map((p) => p.name);
const only = (body: string) => {
  const people = peopleIn(body);
  expect(people).toHaveLength(1);
  return people[0]!;
};

describe('attribution forms', () => {
  it('reads a transcript’s speaker lines with the role in brackets, each over the text below it', () => {
    const people = peopleIn(
      [
        'Analysts in the studio:',
        'Dr. Omar Haddad (Energy Analyst):',
        'Pipelines across the steppe will carry more gas than the ports can ship.',
        'Anna Kim (Defence Analyst):',
        'The exercises matter more than the communiqués.',
      ].join('\n\n'),
    );
    expect(people.map((p) => [p.name, p.profile.title])).toEqual([
      ['Omar Haddad', 'Energy Analyst'],
      ['Anna Kim', 'Defence Analyst'],
    ]);
    expect(people[1]!.quotes.map((q) => q.text)).toEqual(['The exercises matter more than the communiqués.']);
  });

  it('splits two name headings into two people with their own blocks', () => {
    const people = peopleIn(
      [
        'Lena Ostrova, senior researcher at the Centre for Eurasian Studies in Tbilisi, Georgia',
        'Trade across the Caspian has doubled in a decade.',
        'The corridor still needs investment in ports.',
        'Maks Ulin, an independent analyst based in Yerevan, Armenia.',
        'Rail links matter most.',
      ].join('\n\n'),
    );
    expect(people.map((p) => [p.name, p.profile.country])).toEqual([
      ['Lena Ostrova', 'GEO'],
      ['Maks Ulin', 'ARM'],
    ]);
    expect(people[0]!.quotes).toEqual([
      expect.objectContaining({ kind: 'direct', text: 'Trade across the Caspian has doubled in a decade.\n\nThe corridor still needs investment in ports.' }),
    ]);
    expect(people[1]!.quotes.map((q) => q.text)).toEqual(['Rail links matter most.']);
    expect(people[0]!.profile).toMatchObject({ title: 'senior researcher', organisation: 'Centre for Eurasian Studies', city: 'Tbilisi' });
  });

  it('"according to" with a demonym and a title', () => {
    const person = only('According to Mongolian economist Bat Erdene, the new bank will lend in local currencies.');
    expect(person).toMatchObject({ name: 'Bat Erdene', profile: { title: 'economist', country: 'MNG' } });
    expect(person.quotes[0]).toMatchObject({ kind: 'reported' });
  });

  it('"according to Name, an analyst at …" reads the appositive after the name', () => {
    const person = only('According to Rosa Imanova, an analyst at the Caspian Policy Institute in Baku, the pipeline will be finished.');
    expect(person.profile).toMatchObject({ country: 'AZE', city: 'Baku', organisation: 'Caspian Policy Institute' });
  });

  it('"X said" after a quote, and "said X" with a title before the name', () => {
    const people = peopleIn(
      '“The bank is ready,” Omar Haddad said.\n\n“Trade will follow,” said Deputy Director of the Doha Trade Institute Yusuf Karim.',
    );
    expect(people.map((p) => p.name)).toEqual(['Omar Haddad', 'Yusuf Karim']);
    expect(people[0]!.quotes).toEqual([expect.objectContaining({ kind: 'direct', text: 'The bank is ready' })]);
    expect(people[1]!.profile).toMatchObject({ title: 'Deputy Director', organisation: 'Doha Trade Institute', country: 'QAT' });
  });

  it('"X, an analyst at …, said" and "X noted/explained/told"', () => {
    expect(names('Ivo Petrak, an analyst at the Danube Forum in Vienna, said the summit was a success.')).toEqual(['Ivo Petrak']);
    expect(names('Mira Solberg noted that the region needs water agreements.')).toEqual(['Mira Solberg']);
    expect(names('Karim Nazarov explained why the bank matters.')).toEqual(['Karim Nazarov']);
    expect(names('Aliya Serikova told reporters that the summit went well.')).toEqual(['Aliya Serikova']);
  });

  it('a demonym before the title gives the country: "Kazakh political scientist X said"', () => {
    const person = only('Kyrgyz political scientist Asel Dzhumabaeva said that the borders are calm.');
    expect(person.profile).toMatchObject({ title: 'political scientist', country: 'KGZ' });
  });

  it('a possessive country gives the country: "Azerbaijan’s political scientist X"', () => {
    expect(only('In an interview, Armenia’s political scientist Davit Hakobyan spoke about the corridor.').profile.country).toBe('ARM');
  });

  it('later mentions by surname, "he/she said" and "according to her" join the same person', () => {
    const person = only(
      [
        'According to Pakistani scholar Sana Rehman, the summit set a new agenda.',
        '“Connectivity is the priority,” she said.',
        'Rehman added that ports matter.',
        'According to her, the corridor is safe.',
        '“We will see,” said Rehman.',
      ].join('\n\n'),
    );
    expect(person.name).toBe('Sana Rehman');
    expect(person.quotes.map((q) => q.kind)).toEqual(['reported', 'direct', 'reported', 'reported', 'direct']);
  });

  it('"In his words" is the last person named', () => {
    const person = only('Tomas Berg, director of the Nordic Asia Forum in Oslo, commented on the talks.\n\nIn his words, the bloc is growing.');
    expect(person.quotes).toHaveLength(2);
    expect(person.profile.country).toBe('NOR');
  });

  it('the city or the stated country wins over a field of study ("Chinese studies … in Kazakhstan")', () => {
    const person = only('Dana Abenova, head of the Chinese studies program at the Institute of Asia in Kazakhstan\n\nThe ties are strong.');
    expect(person.profile.country).toBe('KAZ');
  });

  it('particles join a name, and a capitalised "Ter" or "Van" can start one', () => {
    expect(names('Ursula von der Leyen said the talks went well.\n\n“We agree,” Ter Oszinzade said.')).toEqual(['Ursula von der Leyen', 'Ter Oszinzade']);
  });

  it('a given name that is also a city is still a name', () => {
    expect(names('Milan Vesic, an analyst from Serbia, explained: “The bank is ready.”\n\nSofia Marin said that ports matter.')).toEqual(['Milan Vesic', 'Sofia Marin']);
  });

  it('more forms: three-part names, "In X’s view", "X of the … said", "X: “…”", "according to X, director of …"', () => {
    expect(names('Mohammad Javad Zarif said the talks were useful.')).toEqual(['Mohammad Javad Zarif']);
    expect(names('In Anna Kim’s view, the bank is ready.')).toEqual(['Anna Kim']);
    const ofOrg = only('The bank is ready, Anna Kim of the Asia Centre said on Monday.');
    expect(ofOrg.profile.organisation).toBe('Asia Centre');
    expect(names('Anna Kim: “The bank is ready.”')).toEqual(['Anna Kim']);
    expect(only('The bank is ready, according to Anna Kim, director of the Asia Centre.').profile).toMatchObject({ title: 'director', organisation: 'Asia Centre' });
    expect(only('Professor Anna Kim, who heads the Asia Centre in Seoul, said trade will grow.').profile).toMatchObject({ title: 'Professor', city: 'Seoul', country: 'KOR' });
  });

  it('an official quoted giving a view is kept with role "official"', () => {
    const person = only('“We welcome the new members,” said Foreign Minister Ravi Menon.');
    expect(person.profile.role).toBe('official');
  });

  it('an abbreviation inside the appositive after the name: "said Name, a professor at the U.S. Army War College"', () => {
    const person = only('“The bank will lend,” said Anna Kim, a professor of security studies at the U.S. Army War College.');
    expect(person.profile).toMatchObject({ title: 'professor of security studies', organisation: 'U.S. Army War College', country: 'USA', role: 'expert' });
  });

  it('a title with no article and no name ("…, Latvian Deputy Foreign Minister said") is the next person named', () => {
    const body = 'The members agreed to pause the expansion, Latvian Deputy Foreign Minister said on Monday.\n\n“The charter allows new members,” Ivo Petrak was quoted by the agency as saying.';
    expect(only(body).profile).toMatchObject({ title: 'Deputy Foreign Minister', country: 'LVA', role: 'official' });
  });

  it('the outlet’s country stands in for an official’s unstated one, but not for an intergovernmental office', () => {
    const body = '“The bloc is growing,” said SCO Secretary-General Ivo Petrak.\n\n“We welcome the new members,” said Foreign Minister Ravi Menon.';
    const people = peopleIn(body, { outlet: 'Xinhua', outletCountry: 'CHN' });
    expect(people.map((p) => [p.name, p.profile.country])).toEqual([
      ['Ivo Petrak', null],
      ['Ravi Menon', 'CHN'],
    ]);
  });

  it('the office held now, named before a past one, makes an official: "the new secretary-general, former … Minister Name"', () => {
    const person = only('The bloc’s new secretary-general, former Latvian Foreign Minister Ivo Petrak, says the bloc is no alliance.');
    expect(person.profile).toMatchObject({ role: 'official', country: 'LVA' });
    // With the past office alone, the person speaks as a commentator.
    expect(only('Former Latvian Foreign Minister Ivo Petrak says the bloc is no alliance.').profile.role).toBe('expert');
  });
});

describe('people who are not experts', () => {
  it('a president whose visit is discussed', () => {
    expect(names('Chinese President Zhou Minghai’s visit to the region comes at a busy time.')).toEqual([]);
    expect(names('President Ilham Aliyev arrived in Astana on Tuesday.')).toEqual([]);
  });

  it('a president’s action ("held talks") and a spokeswoman’s readout of what the leaders did', () => {
    expect(names('President Ivan Orlov held talks with Boris Lee on Monday.')).toEqual([]);
    const readout = [
      'Orlov’s spokeswoman Anna Kim told journalists that both presidents signed a rail agreement.',
      '“The heads of the member states congratulated Lee on his victory,” she added.',
    ].join('\n\n');
    expect(names(readout)).toEqual([]);
    // What the official thinks the sides should do is a view.
    expect(names('Deputy Foreign Minister Omar Haddad told reporters that the two sides must show restraint.')).toEqual(['Omar Haddad']);
  });

  it('someone cited as evidence', () => {
    expect(
      names('Tulindinova noted the summit’s growing authority. The expert cited the visit of UN Secretary-General Antonio Guterres as evidence.'),
    ).toEqual([]);
  });

  it('photo credits, illustrations and bylines', () => {
    expect(names('Photo credit: Ivan Petrov\n\nIllustration: Chen Xia/GT\n\nBy Maria Lopez\n\nThe summit opened on Monday.')).toEqual([]);
  });

  it('an editor’s note that names people', () => {
    expect(names('Editor’s Note:\n\nGlobal Times invited Anna Kim and Boris Lee, who said they would write.')).toEqual([]);
  });

  it('news agencies and organisations that "report" or "say"', () => {
    expect(names('The range of topics is changing, reported Kazinform news agency on July 4.')).toEqual([]);
    expect(names('According to the World Bank, growth will slow.')).toEqual([]);
    expect(names('The Foreign Ministry said the talks were useful.')).toEqual([]);
  });

  it('a surname never named before is nobody', () => {
    expect(names('“It works,” said Smith.')).toEqual([]);
  });

  it('names inside a quotation are not the speaker', () => {
    const people = peopleIn('“As Anna Kim said, the bank is ready,” Boris Lee noted.');
    expect(people.map((p) => p.name)).toEqual(['Boris Lee']);
  });
});

describe('a view in a purpose clause', () => {
  it('takes the verb after "used … to" or "took … to" as the view of the person before the frame', () => {
    expect(peopleIn('Kazakh analyst Anna Kim used her speech to criticise the new tariffs.').map((p) => [p.name, p.forms])).toEqual([['Anna Kim', ['subject-verb']]]);
    expect(names('Kazakh analyst Anna Kim took to social media to condemn the plan.')).toEqual(['Anna Kim']);
  });

  it('reads a surname with a "who" clause as the person named before, and nobody when no one is', () => {
    const body = 'Iranian President Ali Rezaei attended.\n\nRezaei, who arrived a day late, used his first trip abroad since the vote to criticise the sanctions.';
    expect(peopleIn(body).map((p) => [p.name, p.profile.country])).toEqual([['Ali Rezaei', 'IRN']]);
    expect(peopleIn('Rezaei, who arrived late, said the plan had failed.')).toEqual([]);
    expect(peopleIn('Almaty, which hosted the talks, said the plan had failed.')).toEqual([]);
    // "who have not met" is about two people: the speaker is the one after the verb.
    const pair = 'Iranian President Ali Rezaei attended.\n\nAll eyes are on Chinese President Li Wei and Iran’s Rezaei, who have not met in years, said Anna Kim, an analyst at the Asia Centre.';
    expect(names(pair)).toEqual(['Anna Kim']);
  });

  it('does not take an infinitive outside a frame, nor a frame with no speech verb, for a view', () => {
    expect(peopleIn('Kazakh analyst Anna Kim flew to Almaty to criticise the plan in person.')).toEqual([]);
    expect(peopleIn('Kazakh analyst Anna Kim used her vote to block the plan.')).toEqual([]);
    expect(peopleIn('Kazakh analyst Anna Kim arrived to speak at the forum.')).toEqual([]);
  });
});
