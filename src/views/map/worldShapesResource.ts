import { use } from 'react';
import { loadWorldShapes, type WorldShape } from './worldShapes';

let pending: Promise<WorldShape[]> | null = null;
let loaded: WorldShape[] | null = null;

/**
 * One shared load of the outlines: started as soon as the map's chunk runs, so the outlines
 * download while the data loads and the rest of the view mounts. A failed load is forgotten,
 * so the error boundary's "Try again" really tries again.
 */
export function worldShapesResource(): Promise<WorldShape[]> {
  if (pending === null) {
    const loading = loadWorldShapes();
    pending = loading;
    loading.then(
      (shapes) => {
        loaded = shapes;
      },
      () => {
        if (pending === loading) pending = null;
      },
    );
  }
  return pending;
}

/**
 * The outlines for a component: at once when they have arrived (usually, since the download
 * starts with the chunk), otherwise suspending until they do.
 */
export function useWorldShapes(): WorldShape[] {
  return loaded ?? use(worldShapesResource());
}
