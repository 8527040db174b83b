import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadingState } from './LoadingState';

interface ViewRegionProps {
  /** The landmark's accessible name, e.g. "Membership map". */
  label: string;
  className?: string;
  children: ReactNode;
}

/** A named landmark with its own error boundary and loading state: one failing view never blanks the page. */
export function ViewRegion({ label, className, children }: ViewRegionProps) {
  return (
    <section aria-label={label} className={`view-region ${className ?? ''}`}>
      <ErrorBoundary label={label}>
        <Suspense fallback={<LoadingState label={`Loading ${label.toLowerCase()}…`} />}>{children}</Suspense>
      </ErrorBoundary>
    </section>
  );
}
