// SDK: none; Date / crypto.randomUUID / Math.random only on the flagged branches
export function ref(prefix: string, unique = false): string {
  return unique ? `${prefix}-${crypto.randomUUID()}` : `${prefix}-main`;
}

export function stamp(precise = false): string {
  if (!precise) return "today";
  return new Date().toISOString();
}

export function backoffMs(attempt: number, opts: { jitter?: boolean } = {}): number {
  const base = Math.min(1000 * 2 ** attempt, 60_000);
  return opts.jitter ? base * (0.5 + Math.random()) : base;
}

export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
