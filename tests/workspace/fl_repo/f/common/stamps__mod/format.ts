export function format(ms: number): string {
  return new Date(ms).toISOString();
}
