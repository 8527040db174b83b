// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadedData, loadedFromSplit } from '../../tests/fixtures/loadedData';
import { makeScoData } from '../../tests/fixtures/scoData';
import type { Expert, ScoData } from '../model/schema';
import { DataContext, type LoadedData } from '../state/data';
import { QuoteList } from './QuoteList';

/** One article, one expert with `count` quotes in it. */
function dataWithQuotes(count: number): ScoData {
  const base = makeScoData();
  const expert = base.experts[0] as Expert;
  const quotes = Array.from({ length: count }, (_, i) => ({ id: `a-2022#${i + 1}`, articleId: 'a-2022', text: `Quote number ${i + 1}.`, kind: 'direct' as const, themes: [] }));
  return { ...base, experts: [{ ...expert, quotes }] };
}

function renderList(loaded: LoadedData, pageSize?: number) {
  const expert = loaded.data.experts[0];
  const items = (expert?.quotes ?? []).map((quote) => ({ quote, expertId: expert?.id ?? '' }));
  return render(
    <DataContext.Provider value={loaded}>
      <QuoteList items={items} index={loaded.index} {...(pageSize === undefined ? {} : { pageSize })} />
    </DataContext.Provider>,
  );
}

describe('a list of quotes whose words load on demand', () => {
  it('says it is loading, then shows the words from the evidence file', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    renderList(loadedFromSplit(dataWithQuotes(2), async (_file, shard) => (await held, shard)));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the quotes…');
    expect(screen.getAllByText('Loading the quote…')).toHaveLength(2);
    expect(screen.getByRole('list', { busy: true })).toBeInTheDocument();
    release();
    expect(await screen.findByText('“Quote number 2.”')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names a missing evidence file, never a blank list, and loads it on "Try again"', async () => {
    let missing = true;
    renderList(loadedFromSplit(dataWithQuotes(1), (_file, shard) => (missing ? undefined : shard)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load the quotes: The evidence file evidence\/00000-[0-9a-f]{8}\.json is missing\./);
    expect(screen.getByText('Quote not loaded.')).toBeInTheDocument();
    missing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('“Quote number 1.”')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a page of quotes at a time, and the next page on request', async () => {
    renderList(loadedData(dataWithQuotes(45)));
    const quotes = () => screen.getAllByText(/^“Quote number \d+\.”$/);
    expect(quotes()).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more quotes (25 not shown)' }));
    expect(quotes()).toHaveLength(40);
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more quotes (5 not shown)' }));
    expect(quotes()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /more quote/ })).toBeNull();
  });
});
