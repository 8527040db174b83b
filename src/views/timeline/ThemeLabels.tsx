import type { Theme } from '../../model/schema';
import type { TimelineLayout } from './timelineLayout';

interface ThemeLabelsProps {
  layout: Pick<TimelineLayout, 'rowsTop' | 'rowHeight' | 'summitHeight'>;
  themes: readonly Theme[];
  chosen: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
}

/** Row labels as real buttons: each toggles its theme in the store's filter (several allowed). */
export function ThemeLabels({ layout, themes, chosen, onToggle }: ThemeLabelsProps) {
  return (
    <div className="timeline-themes" style={{ paddingTop: layout.rowsTop }}>
      <ul aria-label="Filter by theme">
        {themes.map((theme) => (
          <li key={theme.id} style={{ height: layout.rowHeight }}>
            <button
              type="button"
              className="timeline-theme"
              aria-pressed={chosen.has(theme.id)}
              title={theme.description === '' ? undefined : theme.description}
              onClick={() => onToggle(theme.id)}
            >
              <span className="timeline-theme__check" aria-hidden="true" />
              {theme.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="timeline-themes__summits" style={{ height: layout.summitHeight }}>
        Summits
      </p>
    </div>
  );
}
