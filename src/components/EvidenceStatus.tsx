import type { EvidenceState } from '../state/data';

interface EvidenceStatusProps {
  evidence: EvidenceState;
  /** What is loading, in a few words: "the quotes", "the sentences". */
  what: string;
}

/**
 * Beside a list whose words load on demand: a spinner while they load, and when a file is missing
 * or broken, what went wrong and a way to try again — never a blank list.
 */
export function EvidenceStatus({ evidence, what }: EvidenceStatusProps) {
  if (evidence.status === 'loading') {
    return (
      <p className="evidence-status" role="status">
        <span className="loading-state__spinner" aria-hidden="true" /> Loading {what}…
      </p>
    );
  }
  if (evidence.status === 'error' && evidence.problem !== null) {
    return (
      <div className="evidence-status evidence-status--error" role="alert">
        <p>
          Could not load {what}: {evidence.problem.title}
        </p>
        {evidence.problem.details.length > 0 && <p className="evidence-status__details">{evidence.problem.details.join(' ')}</p>}
        <button type="button" className="link-button" onClick={evidence.retry}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}
