// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HeaderMeta } from './HeaderMeta';

describe('HeaderMeta', () => {
  afterEach(cleanup);

  it('writes large counts with thousands separators, as the rest of the app does', () => {
    render(<HeaderMeta referenceAsOf="2025-09-01" articles={10000} own={1200} experts={3972} sources={<span>Sources</span>} />);
    expect(screen.getByText(/10,000 articles/)).toBeTruthy();
    expect(screen.getByText('1,200 yours')).toBeTruthy();
    expect(screen.getByText(/3,972 experts/)).toBeTruthy();
  });

  it('says "article" and "expert" for one of each', () => {
    render(<HeaderMeta referenceAsOf="2025-09-01" articles={1} own={0} experts={1} sources={<span>Sources</span>} />);
    expect(screen.getByText(/^1 article, 1 expert$/)).toBeTruthy();
  });
});
