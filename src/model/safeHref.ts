/** Article links come from user-supplied text: only http(s) URLs become links, never `javascript:` or `data:`. */
export function safeHref(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
