import { moreExperts, type ExpertLimit, type NetworkSummary } from '../../model/networkSummary';
import { formatCount } from '../../model/formatCount';

interface ExpertsShownProps {
  summary: Pick<NetworkSummary, 'shownExperts' | 'totalExperts' | 'hiddenExperts'>;
  /** How many fit the panel: the default, and what "Fewer" goes back to. */
  fitting: number;
  /** The store's choice; null when the panel decides. */
  choice: ExpertLimit | null;
  onChange: (limit: ExpertLimit | null) => void;
}

const n = (count: number) => formatCount(count);

/**
 * How many experts the drawing names one by one, and the way to see more: "The 90 most quoted of
 * 3,972 experts; +3,882 more, grouped by country. [Show 360] [Show all]". Nothing to say (and no
 * row taken) when every expert fits the panel anyway.
 */
export function ExpertsShown({ summary, fitting, choice, onChange }: ExpertsShownProps) {
  const { shownExperts, totalExperts, hiddenExperts } = summary;
  if (totalExperts <= fitting && choice === null) return null;
  const more = moreExperts(shownExperts, totalExperts);
  return (
    <div className="network-shown" role="group" aria-label="Experts shown">
      <p className="network-shown__text" aria-live="polite">
        {hiddenExperts === 0 ? (
          `All ${n(totalExperts)} ${totalExperts === 1 ? 'expert' : 'experts'}.`
        ) : (
          <>
            The {n(shownExperts)} most quoted of {n(totalExperts)} experts; <strong>+{n(hiddenExperts)} more</strong>, grouped by country.
          </>
        )}
      </p>
      <div className="network-shown__actions">
        {hiddenExperts > 0 && more !== 'all' && (
          <button type="button" onClick={() => onChange(more)}>
            Show {n(more)}
          </button>
        )}
        {hiddenExperts > 0 && (
          <button type="button" onClick={() => onChange('all')}>
            Show all
          </button>
        )}
        {choice !== null && totalExperts > fitting && (
          <button type="button" onClick={() => onChange(null)}>
            Top {n(fitting)} only
          </button>
        )}
      </div>
    </div>
  );
}
