import { firstMark, isNavigationKey, nextMark } from './markNavigation';

const grid = { rows: ['security', 'economy', 'culture'], columns: [2022, 2024] };

describe('mark navigation', () => {
  it('starts at the top-left mark', () => {
    expect(firstMark(grid)).toBe('security@2022');
    expect(firstMark({ rows: [], columns: [2022] })).toBeNull();
  });

  it('moves by year with left/right and by theme with up/down, stopping at the edges', () => {
    const at = { themeId: 'economy', year: 2022 };
    expect(nextMark(grid, at, 'ArrowRight')).toBe('economy@2024');
    expect(nextMark(grid, at, 'ArrowLeft')).toBe('economy@2022');
    expect(nextMark(grid, at, 'ArrowUp')).toBe('security@2022');
    expect(nextMark(grid, at, 'ArrowDown')).toBe('culture@2022');
    expect(nextMark(grid, { themeId: 'culture', year: 2024 }, 'ArrowDown')).toBe('culture@2024');
  });

  it('jumps along the row with Home and End', () => {
    expect(nextMark(grid, { themeId: 'economy', year: 2022 }, 'End')).toBe('economy@2024');
    expect(nextMark(grid, { themeId: 'economy', year: 2024 }, 'Home')).toBe('economy@2022');
  });

  it('recovers from a mark that no longer exists', () => {
    expect(nextMark(grid, { themeId: 'gone', year: 2022 }, 'ArrowRight')).toBe('security@2022');
  });

  it('knows its keys', () => {
    expect(isNavigationKey('ArrowUp')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
  });
});
