import countries from 'i18n-iso-countries';
import type { Random } from './random';

/**
 * Countries the synthetic experts come from, with what the text needs to name them another way.
 * Weights favour SCO members and partners, as in real coverage of the SCO.
 * Demonyms and cities are not in i18n-iso-countries, hence this short table; country NAMES are not typed here.
 */
export interface CountryProfile {
  iso3: string;
  demonym: string;
  cities: readonly string[];
  weight: number;
}

export const EXPERT_COUNTRIES: readonly CountryProfile[] = [
  { iso3: 'KAZ', demonym: 'Kazakh', cities: ['Astana', 'Almaty'], weight: 8 },
  { iso3: 'RUS', demonym: 'Russian', cities: ['Moscow', 'Saint Petersburg', 'Novosibirsk'], weight: 8 },
  { iso3: 'CHN', demonym: 'Chinese', cities: ['Beijing', 'Shanghai'], weight: 8 },
  { iso3: 'UZB', demonym: 'Uzbek', cities: ['Tashkent', 'Samarkand'], weight: 5 },
  { iso3: 'KGZ', demonym: 'Kyrgyz', cities: ['Bishkek'], weight: 4 },
  { iso3: 'TJK', demonym: 'Tajik', cities: ['Dushanbe'], weight: 3 },
  { iso3: 'IND', demonym: 'Indian', cities: ['New Delhi', 'Mumbai'], weight: 6 },
  { iso3: 'PAK', demonym: 'Pakistani', cities: ['Islamabad', 'Karachi'], weight: 5 },
  { iso3: 'IRN', demonym: 'Iranian', cities: ['Tehran'], weight: 4 },
  { iso3: 'BLR', demonym: 'Belarusian', cities: ['Minsk'], weight: 3 },
  { iso3: 'MNG', demonym: 'Mongolian', cities: ['Ulaanbaatar'], weight: 2 },
  { iso3: 'AZE', demonym: 'Azerbaijani', cities: ['Baku'], weight: 2 },
  { iso3: 'ARM', demonym: 'Armenian', cities: ['Yerevan'], weight: 1 },
  { iso3: 'TUR', demonym: 'Turkish', cities: ['Ankara', 'Istanbul'], weight: 2 },
  { iso3: 'EGY', demonym: 'Egyptian', cities: ['Cairo'], weight: 1 },
  { iso3: 'QAT', demonym: 'Qatari', cities: ['Doha'], weight: 1 },
  { iso3: 'SAU', demonym: 'Saudi', cities: ['Riyadh'], weight: 1 },
  { iso3: 'NPL', demonym: 'Nepali', cities: ['Kathmandu'], weight: 1 },
  { iso3: 'LKA', demonym: 'Sri Lankan', cities: ['Colombo'], weight: 1 },
  { iso3: 'BGD', demonym: 'Bangladeshi', cities: ['Dhaka'], weight: 1 },
  { iso3: 'BEL', demonym: 'Belgian', cities: ['Brussels'], weight: 1 },
  { iso3: 'DEU', demonym: 'German', cities: ['Berlin'], weight: 2 },
  { iso3: 'FRA', demonym: 'French', cities: ['Paris'], weight: 1 },
  { iso3: 'GBR', demonym: 'British', cities: ['London'], weight: 2 },
  { iso3: 'USA', demonym: 'American', cities: ['Washington'], weight: 2 },
  { iso3: 'JPN', demonym: 'Japanese', cities: ['Tokyo'], weight: 1 },
];

/** Countries that turn up in narrative and candidacy sentences (not experts' countries). */
export const MENTIONED_COUNTRIES = ['KAZ', 'RUS', 'CHN', 'UZB', 'KGZ', 'TJK', 'IND', 'PAK', 'IRN', 'BLR', 'MNG', 'AFG', 'TUR', 'EGY', 'QAT', 'LAO', 'BGD', 'SYR', 'KHM', 'NPL', 'MMR', 'ARE', 'BHR', 'KWT', 'MDV'] as const;

/**
 * The name a newspaper would print: the shortest English name that is neither an abbreviation
 * ("UK") nor an inverted form ("Korea, Republic of").
 */
export function countryName(iso3: string): string {
  const names: string[] = countries.getName(iso3, 'en', { select: 'all' }) ?? [];
  const readable = names.filter((name) => !name.includes(',') && !/^[A-Z.]+$/.test(name));
  const chosen = [...readable].sort((a, b) => a.length - b.length)[0] ?? names[0];
  if (chosen === undefined) throw new Error(`i18n-iso-countries has no English name for ${iso3}`);
  return chosen;
}

export function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let r = random.next() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}
