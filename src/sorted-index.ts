/** Where `value` is, or would go, in `sorted` (ascending by `<`: numbers, or strings by code unit as `Array.prototype.sort` orders them). */
export function sortedIndex<T extends number | string>(sorted: readonly T[], value: T): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
