import { loadWorldShapes, type WorldShape } from './worldShapes';

let pending: Promise<WorldShape[]> | null = null;

/**
 * One shared load of the outlines, for React's use(): started as soon as the map's chunk runs,
 * so the outlines download while the rest of the view mounts. A failed load is forgotten, so
 * the error boundary's "Try again" really tries again.
 */
export function worldShapesResource(): Promise<WorldShape[]> {
  if (pending === null) {
    const loading = loadWorldShapes();
    pending = loading;
    loading.catch(() => {
      if (pending === loading) pending = null;
    });
  }
  return pending;
}
