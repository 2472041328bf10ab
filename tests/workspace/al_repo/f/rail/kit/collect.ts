// Small collection helpers.
export function addAll<T>(into: T[], items: T[]): number {
  into.push(...items);
  return into.length;
}

export function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}
