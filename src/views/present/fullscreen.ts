/**
 * Full screen for presenting. The browser may refuse (no user gesture, an iframe without
 * permission, a kiosk): presentation mode then still hides the chrome, in the window as it is.
 */
export async function enterFullscreen(element: Element = document.documentElement): Promise<boolean> {
  if (typeof element.requestFullscreen !== 'function') return false;
  if (document.fullscreenElement !== null) return true;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (document.fullscreenElement === null || typeof document.exitFullscreen !== 'function') return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the person pressed Esc); nothing to undo.
  }
}
