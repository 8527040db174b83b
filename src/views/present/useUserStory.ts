/**
 * The user's story as React state that survives a reload: localStorage is the source of truth and
 * every component reading it (editor, presentation) sees the same value through one subscription.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Story } from './storySchema';
import { browserStorage, loadUserStory, saveUserStory } from './userStory';

const listeners = new Set<() => void>();
let snapshot: { story: Story | null } | null = null;

function read(): { story: Story | null } {
  snapshot ??= { story: loadUserStory(browserStorage()) };
  return snapshot;
}

function notify(): void {
  snapshot = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab editing the same story.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith('sco-atlas:')) notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** [the user's story or null, save(story | null) → false when the browser refused to store it]. */
export function useUserStory(): [Story | null, (story: Story | null) => boolean] {
  const { story } = useSyncExternalStore(subscribe, read, read);
  const save = useCallback((next: Story | null) => {
    const saved = saveUserStory(browserStorage(), next);
    // Keep the edit on screen even when it could not be stored.
    snapshot = { story: next };
    for (const listener of listeners) listener();
    return saved;
  }, []);
  return [story, save];
}

/** For tests: forget the cached value so the next read goes to storage. */
export function resetUserStoryCache(): void {
  notify();
}
