export function stamp(prefix: string): string {
  return `${prefix}-${Date.now()}`;
}
