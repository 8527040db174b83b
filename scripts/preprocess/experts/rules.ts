/**
 * The attribution forms as data: one row per form, with its id, its cue words, the matcher that
 * finds it (matchers.ts), and short examples it must find (`yes`, with the speaker it must name)
 * and must not (`no`). rules.test.ts runs every row's examples, so adding a form is adding a row.
 * The word lists the matchers read (speech verbs, job nouns, organisation words, honorifics) are
 * in data/reference/attribution.json. The bench generator and the fuzzers take the ids from here.
 */
import {
  accordingTo,
  appositiveIntroduction,
  appositiveVerb,
  copulaIntroduction,
  cutIntroduction,
  nameHeadingRule,
  namelessTitle,
  possessiveView,
  pronounVerb,
  quoteContinuation,
  quoteThenName,
  quotedAsSaying,
  subjectVerb,
  transcriptLabel,
  verbSubject,
  type Matcher,
} from './matchers';
import type { AttributionUnit } from './units';

export const FORM_IDS = [
  'name-heading',
  'transcript-label',
  'according-to',
  'possessive-view',
  'appositive-verb',
  'subject-verb',
  'verb-subject',
  'quoted-as-saying',
  'pronoun-verb',
  'quote-then-name',
  'quote-continuation',
  'copula-introduction',
  'appositive-introduction',
  'cut-introduction',
  'title-then-name',
] as const;
export type FormId = (typeof FORM_IDS)[number];

export interface AttributionRule {
  id: FormId;
  /** The words that signal the form, as a reader would name them. */
  cues: readonly string[];
  /** A cheap test: false when the form cannot occur in the unit, so the matcher is not run. */
  applies: (unit: AttributionUnit) => boolean;
  match: Matcher;
  /** The highest score the matcher gives: the resolver stops once no later rule can beat what it found. */
  score: number;
  /** Texts the rule must attribute, each with the speaker it must name ("he"/"she" for a pronoun, "previous" for a continuation, "next" for a person named later). */
  yes: ReadonlyArray<readonly [text: string, speaker: string]>;
  /** Texts the rule must not attribute to anyone. */
  no: readonly string[];
}

const hasVerb = (unit: AttributionUnit) => unit.verbs.length > 0;
const hasQuote = (unit: AttributionUnit) => unit.quotes.length > 0;
const sentence = (unit: AttributionUnit) => unit.sentence;

export const RULES: readonly AttributionRule[] = [
  {
    id: 'name-heading',
    cues: ['a paragraph of a name and a job, no verb'],
    applies: (unit) => unit.first && unit.last && unit.jobs > 0 && unit.end - unit.start < 540,
    match: nameHeadingRule,
    score: 0.95,
    yes: [
      ['Lena Ostrova, senior researcher at the Centre for Caspian Studies in Tbilisi', 'Lena Ostrova'],
      ['Maks Ulin, an independent analyst based in Yerevan.', 'Maks Ulin'],
      ['Dr. Omar Haddad (Energy Analyst):', 'Omar Haddad'],
      ['Anna Kim (Senior Fellow, Asia Centre)', 'Anna Kim'],
    ],
    no: [
      'Lena Ostrova, the new mayor, will open the bridge on Monday.',
      'Trade, energy and transport were on the agenda',
      'Anna Kim (Host):',
      'Caspian Ports (Analysis):',
    ],
  },
  {
    id: 'transcript-label',
    cues: ['Name:', 'Name, Organisation:'],
    applies: (unit) => unit.first && unit.masked.includes(':'),
    match: transcriptLabel,
    score: 0.95,
    yes: [
      ['Dana Serik, Steppe Institute: The corridor will carry more grain than oil.', 'Dana Serik'],
      ['Tomas Berg: I think the bloc is widening faster than it can agree.', 'Tomas Berg'],
      ['Dr. Rosa Imanova: It depends on the ports.', 'Rosa Imanova'],
      ['SCO Secretary-General Ivo Petrak: The meeting in Goa went well.', 'Ivo Petrak'],
      ['DANA SERIK, Analyst, Steppe Institute: The corridor will carry more grain than oil.', 'Dana Serik'],
    ],
    no: ['Kazakhstan: A Country at the Crossroads', 'Analysts: Trade Will Slow', 'The agenda: trade, energy and transport.', 'The talks with Ivo Petrak: what they mean', 'BREAKING NEWS: The talks went well.', 'SCO SUMMIT: The talks went well.'],
  },
  {
    id: 'according-to',
    cues: ['according to', 'in the view of', 'in the words of'],
    applies: (unit) => /ccording to|the (?:words|view|opinion|assessment|estimation) of/.test(sentence(unit)),
    match: accordingTo,
    score: 0.9,
    yes: [
      ['According to Mongolian economist Bat Erdene, the bank will lend in local currencies.', 'Bat Erdene'],
      ['The visit went well, according to Rosa Imanova of the Baku-based Caspian Policy Institute.', 'Rosa Imanova'],
      ['According to her, the corridor is safe.', 'she'],
      ['In the view of Omar Haddad, a fellow at the Gulf Institute, trade will double.', 'Omar Haddad'],
    ],
    no: ['According to the World Bank, growth will slow.', 'According to a ministry transcript, the talks lasted an hour.'],
  },
  {
    id: 'possessive-view',
    cues: ['in his words', 'in her view', "in Name's view"],
    // The rare words first: most sentences have an "in", few a "view" or "opinion".
    applies: (unit) => /(?:words|view|opinion|assessment|estimation)\b/.test(sentence(unit)) && /\b[Ii]n\s/.test(sentence(unit)),
    match: possessiveView,
    score: 0.85,
    yes: [
      ['In his words, the bloc is growing.', 'he'],
      ['In Anna Kim’s view, the bank is ready.', 'Anna Kim'],
    ],
    no: ['In the long run, the bank is ready.', 'In the view of many, trade will grow.'],
  },
  {
    id: 'appositive-verb',
    cues: ['Name, <job>, <speech verb>', 'Name, who heads …, <speech verb>'],
    applies: hasVerb,
    match: appositiveVerb,
    score: 0.9,
    yes: [
      ['Ivo Petrak, an analyst at the Danube Forum in Vienna, said the summit was a success.', 'Ivo Petrak'],
      ['Lena Ostrova, who heads the Caspian programme at the Steppe Institute, thinks that the ports matter more.', 'Lena Ostrova'],
      ['Tomas Berg, an expert on the region at the Nordic Asia Forum in Oslo says, “It will take years.”', 'Tomas Berg'],
      ['However, Omar Haddad, a scholar at Doha’s Gulf Institute, argued the two have an uneasy partnership.', 'Omar Haddad'],
      ['“It is a turning point,” Rosa Imanova, professor at Meridian College, remarked in a posting online.', 'Rosa Imanova'],
      ['Asked about the talks, Dana Serik, a researcher at the Astana-based Steppe Institute, told reporters it would take time.', 'Dana Serik'],
      ['A professor of economics at Meridian University in Seoul, Anna Kim, stated: “It will take years.”', 'Anna Kim'],
      ['But the Oslo correspondent for the Steppe Courier, Boris Lee, argued the bloc is growing.', 'Boris Lee'],
      ['Speaking to the Courier, Chairman of the Institute for Caspian Development (ICD), Boris Lee, described the summit as a milestone.', 'Boris Lee'],
      ['Boris Lee — a fellow at the Nordic Institute in Oslo — said the bloc is growing.', 'Boris Lee'],
      ['The forum’s new director, former Latvian diplomat Ivo Petrak, says the forum is no bloc.', 'Ivo Petrak'],
      ['Leila el-Masri, a professor of politics at Nile Valley University, said the bloc is growing.', 'Leila el-Masri'],
      ['Dana Serik, an analyst at the Steppe Institute, hailed the deal and added that trade would grow.', 'Dana Serik'],
      ['“It will take years,” Omar al-Haddad, a former deputy foreign minister, told reporters.', 'Omar al-Haddad'],
      // An organisation's name with a comma in it: its last words are not a second person.
      ['Dana Serik, a lecturer at the Caspian Academy for Trade, Shipping and Coastal Transport, said the ports matter.', 'Dana Serik'],
    ],
    no: [
      'Russia, China and Iran, the three largest members, said the talks were useful.',
      'The ministers, who met in Astana, agreed on a plan.',
      'In the capital of the region, Latvian diplomat Ivo Petrak, said the talks were useful.',
      'In an article by Steppe Review, the Caspian Forum (CF) Summit in Baku on July 4 underscored a pivotal moment.',
    ],
  },
  {
    id: 'subject-verb',
    cues: ['Name <speech verb>', 'Name told <outlet>', 'in an interview with <outlet>, Name said'],
    applies: hasVerb,
    match: subjectVerb,
    score: 0.85,
    yes: [
      ['Mira Solberg noted that the region needs water agreements.', 'Mira Solberg'],
      ['Kyrgyz political scientist Asel Nur argues otherwise.', 'Asel Nur'],
      ['Tomas Berg concedes that the bank is slow.', 'Tomas Berg'],
      ['Anna Kim calls the SCO a club of neighbours.', 'Anna Kim'],
      ['Tomas Berg likened the bloc to a club of neighbours.', 'Tomas Berg'],
      ['Foreign ministry spokesman Sean McCormack said the talks went well.', 'Sean McCormack'],
      ['Latvia’s Ambassador to Tallinn Ivo Petrak said the talks went well.', 'Ivo Petrak'],
      // A participle after a comma has the subject of the clause before it.
      ['Latvian President Ivo Petrak supported his Estonian counterpart, saying the ports needed help.', 'Ivo Petrak'],
      // A participle or a speech's frame set off between the name and the verb.
      ['Ivo Petrak, speaking after talks with the president, said the ties were strong.', 'Ivo Petrak'],
      ['Ivo Petrak, in a speech to the summit, said the ties were strong.', 'Ivo Petrak'],
      ['“The bank is ready,” Omar Haddad said.', 'Omar Haddad'],
      ['Aliya Serik told the Steppe Courier that the summit went well.', 'Aliya Serik'],
      ['In an interview with the Steppe Courier, Bat Erdene said the railway would open in May.', 'Bat Erdene'],
      ['Mr. Berg says the result will be a mix of stability and stagnation.', 'Berg'],
      ['The bank is ready, Anna Kim of the Asia Centre said on Monday.', 'Anna Kim'],
      ['Dana Serik agrees.', 'Dana Serik'],
      ['Anna Kim held that the treaty still binds both sides.', 'Anna Kim'],
      // The speech verb as the second of two predicates: the subject stands before the first.
      ['Uzbek Foreign Minister Ivo Petrak welcomed the decision and said the bloc would grow.', 'Ivo Petrak'],
    ],
    no: [
      'Anna Kim’s comments drew a sharp reply.',
      'The former president Boris Lee agreed to resign.',
      'Anna Kim and Boris Lee spoke on Wednesday.',
      'The Foreign Ministry said the talks were useful.',
      // "hold" attributes a view only as "held that …": holding talks or a post is an action.
      'President Ivan Orlov held talks with Boris Lee on Monday.',
      // The name after the first verb is its object; the subject before it is a group.
      'The officials met Anna Kim on Monday and said the talks went well.',
      'The ministers welcomed Anna Kim and said the plan was good.',
      'The officials criticised Anna Kim, saying she had failed.',
      // A speech verb in the passive is said to the subject, not by it.
      'Prime Minister Ivo Petrak is also expected to meet President Boris Lee at the summit.',
      'Anna Kim was told that the bank would lend.',
      'Anna Kim is quoted as saying that the bank will lend.',
    ],
  },
  {
    id: 'verb-subject',
    cues: ['…, <invertible verb> Name', '“…,” said Name'],
    applies: hasVerb,
    match: verbSubject,
    score: 0.85,
    yes: [
      ['“Trade will follow,” said Deputy Director of the Doha Trade Institute Yusuf Karim.', 'Yusuf Karim'],
      ['The change was sudden, says Central Asia analyst Lena Ostrova of the consulting firm Steppe Risk, and it will last.', 'Lena Ostrova'],
      ['“Will the bank lend?” asked Anna Kim, a longtime scholar of the region.', 'Anna Kim'],
      // The occasion after the speaker is no part of the name: the person met is not the one speaking.
      ['The talks went well, said President of Latvia Ivo Petrak during a meeting with Ambassador Boris Lee.', 'Ivo Petrak'],
      ['“We are ready,” said the country’s Foreign Minister, Ravi Menon.', 'Ravi Menon'],
      ['“It is late,” wrote Aliya Serik, a doctoral student from Almaty.', 'Aliya Serik'],
      ['Says Anna Kim, a fellow at the Asia Centre: “It will take years.”', 'Anna Kim'],
      // Quotes in single marks, as British and Asian outlets print them, and in doubled single marks.
      ["'The bank will lend in roubles,' said Boris Lee, a fellow at the Oslo-based Nordic Institute.", 'Boris Lee'],
      ['‘‘It is not altogether welcome,’’ said Lena Ostrova of the Steppe Institute in Almaty.', 'Lena Ostrova'],
    ],
    no: [
      'The delegates arrived in Astana, praised Anna Kim, the host, and began the talks.',
      'The report said the talks went well.',
      'Said Karimov arrived in Astana on Monday.',
      // An invertible verb in the middle of a clause has its subject before it: Anna Kim is told, she does not speak.
      'Officials told Anna Kim.',
    ],
  },
  {
    id: 'quoted-as-saying',
    cues: ['is quoted as saying', 'was quoted by … as saying', '<outlet> quotes Name saying'],
    applies: (unit) => sentence(unit).includes('quote'),
    match: quotedAsSaying,
    score: 0.9,
    yes: [
      ['Anna Kim is quoted as saying that the bank will lend in local currencies.', 'Anna Kim'],
      ['Omar Haddad, a fellow at the Gulf Institute, was quoted by the agency as saying the talks failed.', 'Omar Haddad'],
      ['The Steppe Courier quotes political analyst Omar Haddad saying that the move is a breakthrough.', 'Omar Haddad'],
    ],
    no: ['The figures were quoted as evidence.', 'The agency quotes officials as saying the talks failed.'],
  },
  {
    id: 'pronoun-verb',
    cues: ['he said', 'she noted', 'the analyst added', 'the Prime Minister said'],
    applies: hasVerb,
    match: pronounVerb,
    score: 0.6,
    yes: [
      ['“Connectivity is the priority,” she said.', 'she'],
      ['He says the ports matter most.', 'he'],
      ['Trade, he said, gives the two a reason to talk.', 'he'],
      ['The analyst added that the railway would open in May.', 'he'],
      ['Talking to reporters, the Prime Minister said the railway would open in May.', 'the Prime Minister'],
    ],
    no: ['The bank said the railway would open in May.', 'They said the talks went well.', 'The President Hotel said the rooms were full.'],
  },
  {
    id: 'quote-then-name',
    cues: ['“…,” Name, who …'],
    applies: hasQuote,
    match: quoteThenName,
    score: 0.5,
    yes: [['“It is very tense on both sides,” Lena Ostrova, who heads the Caspian', 'Lena Ostrova']],
    no: ['“It is very tense,” the ministry'],
  },
  {
    id: 'quote-continuation',
    cues: ['a quotation with no attribution, after a speaker'],
    applies: hasQuote,
    match: quoteContinuation,
    score: 0.2,
    yes: [['“Second, it gave the bank a reason to lend.”', 'previous']],
    no: ['The slogan “one belt” was everywhere.'],
  },
  {
    id: 'copula-introduction',
    cues: ['Name is a/the <job> …', 'Name is <job> of/at/with …'],
    applies: (unit) => unit.jobs > 0 && / (?:is|was|has been|had been|remains) /.test(sentence(unit)),
    match: copulaIntroduction,
    score: 0.4,
    yes: [
      ['Lena Ostrova is the director of a Moscow-based think tank.', 'Lena Ostrova'],
      ['Omar Haddad is an expert on the Gulf at the Doha Policy Council.', 'Omar Haddad'],
      ['Anna Kim is Central Asian expert with the Steppe Policy Centre.', 'Anna Kim'],
      ['Boris Lee is director of the Almaty office of the Steppe Institute.', 'Boris Lee'],
    ],
    no: [
      'Lena Ostrova is in Astana for talks this week.',
      'The bank is a partner of the fund.',
      'Boris Lee is expected to become director of the Steppe Institute.',
    ],
  },
  {
    id: 'appositive-introduction',
    cues: ['…, Name, <job>, …'],
    applies: (unit) => unit.jobs > 0 && sentence(unit).includes(','),
    match: appositiveIntroduction,
    score: 0.3,
    yes: [
      ['The paper sent the question to Boris Lee, the head of the Almaty office of the Steppe Institute.', 'Boris Lee'],
      ['The radio interviews Anna Kim, now vice president of the Asia Centre but a former diplomat.', 'Anna Kim'],
    ],
    no: ['The talks went on for hours, and Anna Kim left early.'],
  },
  {
    id: 'cut-introduction',
    cues: ['an excerpt that stops after "Name, <job>" or "Name with the <organisation>"'],
    applies: (unit) => unit.cut && (unit.jobs > 0 || / (?:with|of|at|from) /.test(sentence(unit))),
    match: cutIntroduction,
    score: 0.35,
    yes: [
      ['While the risk exists across the region, Boris Lee, President', 'Boris Lee'],
      ['Anna Kim with the Institute of Asian Studies at Meridian University in', 'Anna Kim'],
      ['Boris Lee, founder of the Oslo-based Nordic Institute, sees that', 'Boris Lee'],
    ],
    no: ['While the risk exists across the region, the government'],
  },
  {
    id: 'title-then-name',
    cues: ['The <job> of <organisation> said …, then the name in a later sentence', '…, its secretary-general has said'],
    // The title holds a job noun: a unit without one cannot have this form.
    applies: (unit) => unit.verbs.length > 0 && unit.jobs > 0,
    match: namelessTitle,
    score: 0.25,
    yes: [
      ['The head of the Almaty office of the Steppe Institute said the talks had failed.', 'next'],
      ['The talks will resume in May, its secretary-general has said.', 'next'],
      ['The Oslo bureau chief of the Steppe Courier, a daily in Almaty, said the mood had changed.', 'next'],
      // No article: a place, then the capitalised title.
      ['The members agreed to pause the expansion, Latvian Deputy Foreign Minister said on Monday.', 'next'],
    ],
    no: [
      'The minister said the talks had failed.',
      'The report said the talks had failed.',
      'The head of the Steppe Institute, Anna Kim, said the talks had failed.',
      'The members agreed to pause the expansion, Latvian Deputy Foreign Minister Ivo Petrak said.',
      'The members agreed to pause the expansion, Latvian Television said.',
    ],
  },
];
