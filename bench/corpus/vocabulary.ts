import attribution from '../../data/reference/attribution.json' with { type: 'json' };
import { pastForm } from '../../scripts/preprocess/experts/words';
import { AttributionFile } from '../../scripts/preprocess/reference/schemas';

/**
 * Word lists the synthetic corpus is assembled from. Names are built from syllables so that no
 * real person is quoted; countries are real (names come from i18n-iso-countries, see countries.ts),
 * organisations and outlets are invented.
 */

export type Gender = 'female' | 'male';

/** Opening syllables of given names. */
export const GIVEN_HEADS = [
  'Al', 'Bek', 'Dar', 'El', 'Fa', 'Gul', 'Il', 'Ja', 'Ka', 'Lu', 'Ma', 'Na', 'Or', 'Ra', 'Sa', 'Ta', 'Ve', 'Za',
  'Mi', 'Ro', 'Ai', 'Da', 'Er', 'Ya', 'Te', 'Sho', 'Ni', 'Ba', 'Ki', 'Zu',
] as const;
export const GIVEN_MIDDLES = ['', 'ri', 'mo', 'ta', 'li', 'ne', 'sa', 'do', 'ra', 'vi'] as const;
export const GIVEN_TAILS: Record<Gender, readonly string[]> = {
  female: ['na', 'ra', 'lia', 'sha', 'gul', 'ya', 'ssa', 'ima', 'ira', 'ela'],
  male: ['n', 'r', 'mir', 'dar', 'bek', 'lan', 'tor', 'vid', 'sim', 'rat'],
};

/** Surnames: root + link + ending + (gendered) suffix, e.g. "Kes" + "o" + "vin" + "" → "Kesovin". */
export const SURNAME_ROOTS = [
  'Kes', 'Tor', 'Bal', 'Mur', 'Zhan', 'Ras', 'Vel', 'Dor', 'Sar', 'Tul', 'Kam', 'Ber', 'Nur', 'Gal', 'Os', 'Pav',
  'Lem', 'Ruz', 'Sev', 'Yar', 'Bor', 'Dal', 'Ir', 'Kor', 'Mal', 'Tem', 'Val', 'Zar', 'Ash', 'Khal', 'Pol', 'Sol',
  'Tag', 'Um', 'Vor', 'Zel', 'Bag', 'Dus', 'Fer', 'Hal',
] as const;
export const SURNAME_LINKS = ['a', 'i', 'o', 'e', 'u', ''] as const;
export const SURNAME_ENDINGS = ['bek', 'dor', 'lan', 'mir', 'nar', 'tov', 'zin', 'gar', 'vin', 'rak', 'sul', 'dan', 'kul', 'mes'] as const;
/** Suffixes with their feminine form (Slavic and Turkic surnames change with gender; others do not). */
export const SURNAME_SUFFIXES: readonly { male: string; female: string }[] = [
  { male: 'ov', female: 'ova' },
  { male: 'ev', female: 'eva' },
  { male: 'enko', female: 'enko' },
  { male: 'ayev', female: 'ayeva' },
  { male: 'ani', female: 'ani' },
  { male: 'zade', female: 'zade' },
  { male: 'ski', female: 'ska' },
  { male: 'uly', female: 'kyzy' },
  { male: 'in', female: 'ina' },
  { male: 'ic', female: 'ic' },
  { male: '', female: '' },
  { male: '', female: '' },
];

/** Job titles of people who give views; the article asks them because of what they study. */
export const EXPERT_TITLES = [
  'political scientist',
  'political analyst',
  'senior research fellow',
  'analyst',
  'professor of international relations',
  'economist',
  'director',
  'deputy director',
  'head of the Asia programme',
  'researcher',
  'associate professor of regional studies',
  'senior lecturer in security studies',
  'sinologist',
  'chief expert',
] as const;

/** Organisation names: [qualifier] + kind + field, e.g. "Meridian Institute of Eurasian Studies". */
export const ORG_QUALIFIERS = ['Meridian', 'Caspian', 'Northern Route', 'Silk Corridor', 'Highland', 'Steppe', 'Open Horizons', 'Riverside', 'Crossroads', 'Eastern Gate'] as const;
export const ORG_KINDS = ['Institute of', 'Centre for', 'Academy of', 'Council on', 'Foundation for', 'School of'] as const;
export const ORG_FIELDS = [
  'Eurasian Studies',
  'Regional Security',
  'Strategic Research',
  'International Affairs',
  'Economic Policy',
  'Asian Studies',
  'Energy Policy',
  'Digital Governance',
  'Public Diplomacy',
  'World Politics',
] as const;

/** Invented outlets; `.example` addresses are reserved and can never point at a real site. */
export const OUTLETS = [
  'The Steppe Courier',
  'Eurasia Ledger',
  'Caspian Morning Post',
  'Silk Road Monitor',
  'Central Asia Dispatch',
  'The Tianshan Review',
  'Border Region Weekly',
  'Meridian News Agency',
] as const;

export const NEWS_AGENCIES = ['Meridian News Agency', 'Steppe Photo', 'EurAsia Images', 'Lantern Press'] as const;

/**
 * Speech verbs for "Name <verb> that …", from the extractor's own word list
 * (data/reference/attribution.json): the past forms of the verbs that may also come before the
 * speaker, one word each (or "pointed out"), so every one reads with a that-clause.
 */
export const SAY_VERBS: readonly string[] = AttributionFile.parse(attribution)
  .speechVerbs.filter((v) => v.invertible === true && v.verb !== 'tell' && v.onlyBefore === undefined && v.notBefore === undefined && (!v.verb.includes(' ') || v.verb === 'point out'))
  .map((v) => v.past ?? pastForm(v.verb));

export const SECTION_HEADINGS = [
  'Security agenda',
  'Economic ties',
  'What comes next',
  'A wider membership',
  'Views from the region',
  'The road ahead',
  'Trade and transport',
  'A changing world order',
] as const;
