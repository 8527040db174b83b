import { describe, expect, it } from 'vitest';
import { searchNodes } from './search';
import { foldForSearch } from '../../model/textSearch';

const nodes = [{ label: 'Farkhod Tolipov' }, { label: 'Oleg Ivanov' }, { label: 'Ilqar Vélizadé' }, { label: 'Security and counter-terrorism' }];

describe('searchNodes', () => {
  it('finds by any part of the name, ignoring case and accents', () => {
    expect(searchNodes(nodes, 'tolip').map((n) => n.label)).toEqual(['Farkhod Tolipov']);
    expect(searchNodes(nodes, 'VELIZADE').map((n) => n.label)).toEqual(['Ilqar Vélizadé']);
    expect(foldForSearch('Ēsmā')).toBe('esma');
  });

  it('needs every word, in any order', () => {
    expect(searchNodes(nodes, 'ivanov oleg').map((n) => n.label)).toEqual(['Oleg Ivanov']);
    expect(searchNodes(nodes, 'oleg tolipov')).toEqual([]);
  });

  it('puts names that start with the query first', () => {
    const found = searchNodes([{ label: 'Ainur Abaykyzy' }, { label: 'Nurlan Abenov' }, { label: 'Ivan Nurlanov' }], 'nur');
    expect(found.map((n) => n.label)).toEqual(['Ivan Nurlanov', 'Nurlan Abenov', 'Ainur Abaykyzy']);
  });

  it('returns everything for an empty query', () => {
    expect(searchNodes(nodes, '  ')).toHaveLength(4);
  });
});

describe('searchNodes with the atlas-wide search', () => {
  it('adds the experts reached through their quotes or organisation after the name matches', () => {
    const graph = [
      { label: 'Ainur Abaykyzy', kind: 'expert' as const, ref: 'ainur' },
      { label: 'Oleg Ivanov', kind: 'expert' as const, ref: 'oleg' },
      { label: 'Secretary General (theme)', kind: 'theme' as const, ref: 'sg' },
    ];
    expect(searchNodes(graph, 'secretary general', new Set(['ainur'])).map((n) => n.label)).toEqual(['Secretary General (theme)', 'Ainur Abaykyzy']);
    expect(searchNodes(graph, 'secretary general').map((n) => n.label)).toEqual(['Secretary General (theme)']);
  });
});
