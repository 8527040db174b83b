import { use } from 'react';
import { loadWorldShapes, type WorldShape } from './worldShapes';

type TrackedPromise = Promise<WorldShape[]> & { status?: 'fulfilled'; value?: WorldShape[] };

let pending: TrackedPromise | null = null;

/**
 * One shared load of the outlines: started as soon as the map's chunk runs, so the outlines
 * download while the data loads and the rest of the view mounts. A failed load is forgotten,
 * so the error boundary's "Try again" really tries again.
 */
export function worldShapesResource(): Promise<WorldShape[]> {
  if (pending === null) {
    const loading: TrackedPromise = loadWorldShapes();
    pending = loading;
    loading.then(
      (shapes) => {
        // React's use() reads these fields: a promise marked fulfilled is read at once, without
        // suspending the view for one more render (the outlines usually arrive before the data).
        loading.status = 'fulfilled';
        loading.value = shapes;
      },
      () => {
        if (pending === loading) pending = null;
      },
    );
  }
  return pending;
}

/** The outlines for a component: at once when they have arrived, otherwise suspending until they do. */
export function useWorldShapes(): WorldShape[] {
  return use(worldShapesResource());
}
