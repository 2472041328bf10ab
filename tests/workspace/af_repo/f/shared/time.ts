// Time helpers for TypeScript pipelines. Partitions are UTC days (YYYY-MM-DD).
export function nowIso(): string {
  return new Date().toISOString();
}

export function dayKey(iso: string): string {
  return iso.slice(0, 10);
}

export function label(day: string, precise = false): string {
  if (!precise) return `day ${day}`;
  return `day ${day} @ ${Date.now()}`;
}
