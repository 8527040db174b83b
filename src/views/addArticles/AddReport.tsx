import { useEffect, useRef } from 'react';
import type { Report } from './ownArticles';

interface AddReportProps {
  busy: string | null;
  report: Report | null;
}

/** What the last action did, and each file that did not go in with the reader's message (as the CLI prints it). */
export function AddReport({ busy, report }: AddReportProps) {
  const ref = useRef<HTMLDivElement>(null);
  // On a phone the form pushes this below the fold: bring what happened into view.
  useEffect(() => {
    if (report !== null) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [report]);
  return (
    <div className="add-report" ref={ref}>
      <p className="add-report__status" role="status">
        {busy ?? report?.summary ?? ''}
      </p>
      {busy === null && report?.error !== undefined && (
        <p className="add-report__error" role="alert">
          {report.error}
        </p>
      )}
      {busy === null && report !== null && report.rejected.length > 0 && (
        <div role="alert">
          <p className="add-report__error">{report.rejected.length === 1 ? 'One file was not added:' : `${report.rejected.length} files were not added:`}</p>
          <ul className="add-report__rejected" aria-label="Files not added">
            {report.rejected.map((r, i) => (
              <li key={`${r.name}-${i}`}>
                <code>{r.message}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
