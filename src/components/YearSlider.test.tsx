// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YearSlider } from './YearSlider';
import { nextPlaybackYear, playbackStartYear } from './yearPlayback';

function Harness({ initial = 2010, onChange }: { initial?: number; onChange?: (year: number) => void }) {
  const [year, setYear] = useState(initial);
  return (
    <YearSlider
      label="Year"
      min={1996}
      max={2026}
      value={year}
      onChange={(y) => {
        setYear(y);
        onChange?.(y);
      }}
      marks={[
        { year: 2017, kind: 'membership', label: '2017: India, Pakistan became members' },
        { year: 2024, kind: 'article', label: '2024: 1 article' },
      ]}
      markKinds={{ membership: 'Membership changed', article: 'Article published' }}
      valueText={(y) => `${y}: some members`}
    />
  );
}

afterEach(() => vi.useRealTimers());

describe('YearSlider', () => {
  it('is a named slider with its range, value and value text', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    expect(slider).toHaveAttribute('aria-valuemin', '1996');
    expect(slider).toHaveAttribute('aria-valuemax', '2026');
    expect(slider).toHaveAttribute('aria-valuenow', '2010');
    expect(slider).toHaveAttribute('aria-valuetext', '2010: some members');
    expect(slider).toHaveAccessibleDescription(/Membership changed: 2017.*Article published: 2024/);
  });

  it('moves with arrows, Page Up/Down, Home and End, and stays within its range', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    const press = (key: string) => fireEvent.keyDown(slider, { key });
    press('ArrowRight');
    expect(slider).toHaveAttribute('aria-valuenow', '2011');
    press('ArrowLeft');
    press('ArrowDown');
    expect(slider).toHaveAttribute('aria-valuenow', '2009');
    press('PageUp');
    expect(slider).toHaveAttribute('aria-valuenow', '2014');
    press('PageDown');
    expect(slider).toHaveAttribute('aria-valuenow', '2009');
    press('End');
    press('ArrowUp');
    expect(slider).toHaveAttribute('aria-valuenow', '2026');
    press('Home');
    press('ArrowLeft');
    expect(slider).toHaveAttribute('aria-valuenow', '1996');
  });

  it('plays year by year and stops at the last year', async () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    render(<Harness initial={2023} onChange={(y) => seen.push(y)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    for (let i = 0; i < 6; i++) await act(async () => vi.advanceTimersByTimeAsync(2000));
    expect(seen).toEqual([2024, 2025, 2026]);
    expect(screen.getByRole('button', { name: 'Play from 1996' })).toBeInTheDocument();
  });

  it('replays from the first year when played at the end, and pauses on a key press', async () => {
    vi.useFakeTimers();
    render(<Harness initial={2026} />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    fireEvent.click(screen.getByRole('button', { name: 'Play from 1996' }));
    expect(slider).toHaveAttribute('aria-valuenow', '1996');
    await act(async () => vi.advanceTimersByTimeAsync(2000));
    expect(slider).toHaveAttribute('aria-valuenow', '1997');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(screen.getByRole('button', { name: /^Play/ })).toBeInTheDocument();
  });

  it('offers a speed choice', () => {
    render(<Harness />);
    const speed = screen.getByRole('combobox', { name: 'Playback speed' });
    expect([...(speed as HTMLSelectElement).options].map((o) => o.text)).toEqual(['Slow', 'Normal', 'Fast']);
  });
});

describe('playback steps', () => {
  it('advances until the last year, then stops', () => {
    expect(nextPlaybackYear(2024, 2026)).toBe(2025);
    expect(nextPlaybackYear(2026, 2026)).toBeNull();
    expect(playbackStartYear(2026, 1996, 2026)).toBe(1996);
    expect(playbackStartYear(2010, 1996, 2026)).toBe(2010);
  });
});
