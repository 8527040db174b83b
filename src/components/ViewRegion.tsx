import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingState } from './LoadingState';
import { useIdleReady } from './useIdleReady';

interface ViewRegionProps {
  /** The landmark's accessible name, e.g. "Membership map". */
  label: string;
  className?: string;
  /** Mount the view only once the browser is idle, after the views that matter first have painted. */
  deferred?: boolean;
  children: ReactNode;
}

/** A named landmark with its own error boundary and loading state: one failing view never blanks the page. */
export function ViewRegion({ label, className, deferred = false, children }: ViewRegionProps) {
  const ready = useIdleReady(deferred);
  const loading = <LoadingState label={`Loading ${label.toLowerCase()}…`} />;
  return (
    <section aria-label={label} className={`view-region ${className ?? ''}`}>
      <ErrorBoundary label={label}>
        <Suspense fallback={loading}>{ready ? children : loading}</Suspense>
      </ErrorBoundary>
    </section>
  );
}
