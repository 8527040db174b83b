/**
 * Copies text with the async Clipboard API; where that is refused (no secure context, denied
 * permission, an older browser) the caller shows a read-only field with the text selected.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (clipboard === undefined) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
