export type Quote = { pair: string; rate: number; validUntil: number };

export function isFresh(q: Quote, atMs: number): boolean {
  return q.validUntil > atMs;
}

export function hedgeAmount(exposureCents: number, ratio: number): number {
  return Math.round(exposureCents * ratio);
}

export function expiresSoon(q: Quote): boolean {
  return q.validUntil - Date.now() < 30_000;
}
