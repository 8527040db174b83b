/**
 * Answers about short texts that repeat across a corpus (appositives, titles, descriptions), kept
 * per reference object (a vocabulary, a gazetteer) so tests with other reference data never share
 * them, and bounded: past `limit` texts the memo starts again.
 */
export function textMemo<Owner extends object, Value>(compute: (owner: Owner, text: string) => Value, limit = 50_000): (owner: Owner, text: string) => Value {
  const byOwner = new WeakMap<Owner, Map<string, Value>>();
  // Nearly every call has the owner of the call before: skip the WeakMap lookup then.
  let lastOwner: Owner | null = null;
  let lastCache = new Map<string, Value>();
  return (owner, text) => {
    let cache = owner === lastOwner ? lastCache : byOwner.get(owner);
    if (cache === undefined) {
      cache = new Map();
      byOwner.set(owner, cache);
    }
    lastOwner = owner;
    lastCache = cache;
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(owner, text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}
