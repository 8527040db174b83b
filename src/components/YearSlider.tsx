import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { sliderYearLabels, YEAR_LABEL_EMS } from './sliderYearLabels';
import { useElementSize } from './useElementSize';
import { PLAYBACK_SPEEDS, usePrefersReducedMotion, useYearPlayback } from './yearPlayback';
import './YearSlider.css';

export type YearChangeSource = 'user' | 'playback';

export interface SliderMark {
  year: number;
  /** Becomes a CSS modifier (year-slider__mark--membership) and groups the marks' legend. */
  kind: string;
  label: string;
}

interface YearSliderProps {
  /** Visible label and accessible name, e.g. "Year". */
  label: string;
  min: number;
  max: number;
  value: number;
  /** `source` tells a person's move ('user') from a playback step ('playback'). */
  onChange: (year: number, source: YearChangeSource) => void;
  marks?: readonly SliderMark[];
  /** What each kind of mark means, for the legend under the track, e.g. { membership: 'Membership changed' }. */
  markKinds?: Readonly<Record<string, string>>;
  /** What a screen reader says for a year, e.g. "2024: 10 members". Defaults to the year. */
  valueText?: (year: number) => string;
  /** Tell the parent when playback starts or stops (to quieten live regions while playing). */
  onPlayingChange?: (playing: boolean) => void;
}

const PAGE_STEP = 5;

function keyToYear(key: string, value: number, min: number, max: number): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(min, value - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(max, value + 1);
    case 'PageDown':
      return Math.max(min, value - PAGE_STEP);
    case 'PageUp':
      return Math.min(max, value + PAGE_STEP);
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}

const UNMEASURED = { width: 0, height: 0 };

/** The years to print under the track: as many round years as its measured width and font allow. */
function useYearLabels(yearsRef: RefObject<HTMLDivElement | null>, min: number, max: number): number[] {
  const width = useElementSize(yearsRef, UNMEASURED)?.width ?? 0;
  const [fontPx, setFontPx] = useState(0);
  useLayoutEffect(() => {
    const element = yearsRef.current;
    if (element !== null) setFontPx(parseFloat(getComputedStyle(element).fontSize) || 0);
  }, [yearsRef, width]);
  return sliderYearLabels(min, max, fontPx > 0 ? width : 0, fontPx * YEAR_LABEL_EMS);
}

/**
 * A year slider that is a real ARIA slider (arrows, Page Up/Down, Home/End), with marks for
 * notable years and play/pause at a chosen speed. Playback stops at the last year.
 */
export function YearSlider({ label, min, max, value, onChange, marks = [], markKinds = {}, valueText, onPlayingChange }: YearSliderProps) {
  const id = useId();
  const trackRef = useRef<HTMLDivElement>(null);
  const reducedMotion = usePrefersReducedMotion();
  const [speedId, setSpeedId] = useState<string | null>(null);
  // With reduced motion the default pace is the calmest one.
  const speed = PLAYBACK_SPEEDS.find((s) => s.id === (speedId ?? (reducedMotion ? 'slow' : 'normal'))) ?? PLAYBACK_SPEEDS[1];
  const playback = useYearPlayback({ min, max, value, onChange: (year) => onChange(year, 'playback'), msPerYear: speed?.msPerYear ?? 800 });
  const onPlayingChangeRef = useRef(onPlayingChange);
  useEffect(() => {
    onPlayingChangeRef.current = onPlayingChange;
  });
  useEffect(() => {
    onPlayingChangeRef.current?.(playback.playing);
  }, [playback.playing]);

  const span = Math.max(1, max - min);
  const at = (year: number) => `${((year - min) / span) * 100}%`;
  const yearsRef = useRef<HTMLDivElement>(null);
  const labelYears = useYearLabels(yearsRef, min, max);

  const yearFromPointer = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (rect === undefined || rect.width === 0) return value;
    const ratio = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return Math.round(min + ratio * span);
  };

  const change = (year: number) => {
    playback.pause();
    if (year !== value) onChange(year, 'user');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const year = keyToYear(event.key, value, min, max);
    if (year === null) return;
    event.preventDefault();
    change(year);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    change(yearFromPointer(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const year = yearFromPointer(event.clientX);
    if (year !== value) onChange(year, 'user');
  };

  const kinds = Object.keys(markKinds);
  const describedBy = kinds.length > 0 ? `${id}-marks` : undefined;

  return (
    <div className={`year-slider${reducedMotion ? ' year-slider--still' : ''}${playback.playing ? ' year-slider--playing' : ''}`}>
      <div className="year-slider__controls">
        <button
          type="button"
          className="year-slider__play"
          onClick={playback.playing ? playback.pause : playback.play}
          aria-label={playback.playing ? 'Pause' : value >= max ? `Play from ${min}` : 'Play'}
        >
          <span aria-hidden="true" className={`year-slider__play-icon year-slider__play-icon--${playback.playing ? 'pause' : 'play'}`} />
        </button>
        <label className="year-slider__speed">
          <span className="visually-hidden">Playback speed</span>
          <select value={speed?.id} onChange={(e) => setSpeedId(e.target.value)}>
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="year-slider__body">
        <span className="year-slider__label" id={`${id}-label`}>
          {label}
        </span>
        <div
          ref={trackRef}
          className="year-slider__track"
          role="slider"
          tabIndex={0}
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={valueText?.(value) ?? String(value)}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        >
          <div className="year-slider__rail" aria-hidden="true">
            <div className="year-slider__fill" style={{ width: at(value) }} />
          </div>
          {marks.map((mark) => (
            <span
              key={`${mark.kind}-${mark.year}`}
              className={`year-slider__mark year-slider__mark--${mark.kind}${mark.year === value ? ' year-slider__mark--current' : ''}`}
              style={{ left: at(mark.year) }}
              title={mark.label}
              aria-hidden="true"
            />
          ))}
          {/* The carrier spans the track, so translateX(n %) is n % of the track: the thumb glides on the compositor, with no layout a frame. */}
          <span className="year-slider__thumb-carrier" style={{ transform: `translateX(${at(value)})` }} aria-hidden="true">
            <span className="year-slider__thumb">
              <span className="year-slider__thumb-value">{value}</span>
            </span>
          </span>
        </div>
        <div className="year-slider__years" aria-hidden="true" ref={yearsRef}>
          {labelYears.map((year) => (
            <span key={year} style={{ left: at(year) }}>
              {year}
            </span>
          ))}
        </div>
      </div>
      {kinds.length > 0 && (
        <div className="year-slider__legend" id={`${id}-marks`}>
          {kinds.map((kind) => {
            const years = marks.filter((m) => m.kind === kind).map((m) => m.year);
            return (
              <span key={kind} className="year-slider__legend-item">
                <span className={`year-slider__mark year-slider__mark--${kind} year-slider__mark--key`} aria-hidden="true" />
                {markKinds[kind]}
                <span className="visually-hidden">: {years.join(', ')}</span>
              </span>
            );
          })}
        </div>
      )}
    </div>
  );
}
