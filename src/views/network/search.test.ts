import { describe, expect, it } from 'vitest';
import { foldForSearch, searchNodes } from './search';

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
