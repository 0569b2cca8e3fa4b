/** `fn` worked out once per object (kept in a WeakMap): for objects never changed once made, such as stories and folder records. */
export function perObject<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
