import type { ReactPromise } from 'react';

/** A promise that React's use() reads at once, without suspending, once it has settled. */
export type ReadablePromise<T> = Promise<T> & ReactPromise<T>;

type Marked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Marks `promise` the way React's use() looks for (status, value, reason) as soon as it settles.
 * use() on an unmarked promise suspends for one render even when it has long resolved, and a
 * suspended first render costs a fallback commit plus React's 300 ms throttle before the content.
 */
export function readable<T>(promise: Promise<T>): ReadablePromise<T> {
  const marked: Marked<T> = promise;
  marked.then(
    (value) => {
      marked.status = 'fulfilled';
      marked.value = value;
    },
    (reason: unknown) => {
      marked.status = 'rejected';
      marked.reason = reason;
    },
  );
  return marked as ReadablePromise<T>;
}
