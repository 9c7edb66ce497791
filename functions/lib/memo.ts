/**
 * Remembers what a function read, per process (a warm Lambda keeps it between invocations): for
 * data that is immutable (published versions) or may be a few minutes stale (body names). A failed
 * read is not remembered, so the retry reads again.
 */
export function memoize<K extends string, V>(
  load: (key: K) => Promise<V>,
  options: { maxEntries: number; ttlMs?: number },
): (key: K) => Promise<V> {
  const entries = new Map<K, { value: Promise<V>; at: number }>();
  return (key) => {
    const found = entries.get(key);
    if (found && (options.ttlMs === undefined || Date.now() - found.at < options.ttlMs)) return found.value;
    if (entries.size >= options.maxEntries) entries.clear();
    const value = load(key);
    value.catch(() => entries.delete(key));
    entries.set(key, { value, at: Date.now() });
    return value;
  };
}
