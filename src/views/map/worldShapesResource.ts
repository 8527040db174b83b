import { use } from 'react';
import { readable, type ReadablePromise } from '../../components/readablePromise';
import { loadWorldShapes, type WorldShape } from './worldShapes';

let pending: ReadablePromise<WorldShape[]> | null = null;

/**
 * One shared load of the outlines: started as soon as the map's chunk runs, so the outlines
 * download while the data loads and the rest of the view mounts. A failed load is forgotten,
 * so the error boundary's "Try again" really tries again.
 */
export function worldShapesResource(): Promise<WorldShape[]> {
  if (pending === null) {
    // Marked for use(): outlines that have arrived are read at once, without suspending the view
    // for one more render (they usually arrive before the data).
    const loading = readable(loadWorldShapes());
    pending = loading;
    loading.catch(() => {
      if (pending === loading) pending = null;
    });
  }
  return pending;
}

/** The outlines for a component: at once when they have arrived, otherwise suspending until they do. */
export function useWorldShapes(): WorldShape[] {
  return use(worldShapesResource());
}
