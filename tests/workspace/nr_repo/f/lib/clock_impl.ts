export function now(): number {
  return Date.now();
}

export function label(ms: number): string {
  return new Date(ms).toISOString();
}

export async function main() {
  return label(0);
}
