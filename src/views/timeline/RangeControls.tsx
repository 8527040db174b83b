import { useState } from 'react';
import { rangeFromInputs } from './brushYears';

interface RangeControlsProps {
  span: readonly [number, number];
  range: readonly [number, number] | null;
  onRange: (range: [number, number] | null) => void;
  /** Years under a drag in progress, shown before they are applied. */
  preview?: readonly [number, number] | null;
}

/**
 * What the fields say, in words: the chosen years, or (no range) all the years the chart shows,
 * so the words, the fields and an exported figure's title name the same years.
 */
export function rangeText(range: readonly [number, number] | null, span: readonly [number, number]): string {
  if (range === null) return `All of ${span[0]}–${span[1]}`;
  return range[0] === range[1] ? `Only ${range[0]}` : `${range[0]}–${range[1]}`;
}

/**
 * The keyboard way to set the same range as the brush: two labelled year fields and a Clear button.
 * A field commits as soon as it holds a whole year, so arrow keys step the range live.
 */

export function RangeControls({ span, range, onRange, preview = null }: RangeControlsProps) {
  const shown = range ?? span;
  const shownKey = `${shown[0]}-${shown[1]}`;
  const [texts, setTexts] = useState({ key: shownKey, from: String(shown[0]), to: String(shown[1]) });
  // Adopt a range set elsewhere (brush, URL) without fighting a half-typed year.
  if (texts.key !== shownKey) setTexts({ key: shownKey, from: String(shown[0]), to: String(shown[1]) });

  const edit = (field: 'from' | 'to', text: string) => {
    const next = { ...texts, [field]: text };
    setTexts(next);
    if (!/^\d{4}$/.test(text)) return;
    const committed = rangeFromInputs(Number(next.from), Number(next.to), span, field);
    if (committed !== null) onRange(committed);
  };
  const restore = () => setTexts({ key: shownKey, from: String(shown[0]), to: String(shown[1]) });

  return (
    <div className="timeline-range" role="group" aria-label="Year range">
      {(['from', 'to'] as const).map((field) => (
        <label key={field}>
          <span>{field === 'from' ? 'From year' : 'To year'}</span>
          <input
            type="number"
            inputMode="numeric"
            min={span[0]}
            max={span[1]}
            step={1}
            value={texts[field]}
            onChange={(event) => edit(field, event.target.value)}
            onBlur={restore}
          />
        </label>
      ))}
      <button type="button" aria-label="Clear year range" onClick={() => onRange(null)} disabled={range === null}>
        Clear
      </button>
      <span className="timeline-range__status" aria-live="polite">
        {preview !== null ? `${rangeText(preview, span)}…` : rangeText(range, span)}
      </span>
    </div>
  );
}
