import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('keeps http and https links', () => {
    expect(safeHref('https://astanatimes.com/2024/07/x/')).toBe('https://astanatimes.com/2024/07/x/');
    expect(safeHref('http://old.news.tj/en/news')).toBe('http://old.news.tj/en/news');
  });

  it('drops script, data and relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
