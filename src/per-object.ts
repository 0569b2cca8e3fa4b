/** `fn` worked out once per object (kept in a WeakMap): for objects never changed once made, such as stories and folder records. */
export function perObject<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    const held = known.get(key);
    if (held !== undefined || known.has(key)) return held as V; // one lookup for the common case
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
