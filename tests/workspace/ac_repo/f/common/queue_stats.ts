// Queue statistics kept while a watch runs.
const seen = new Map<string, number>();

export function track(liftId: string, minutes: number): number {
  seen.set(liftId, minutes);
  return minutes;
}

export function trackedCount(): number {
  return seen.size;
}

export function longest(waits: Record<string, number>): [string, number] | null {
  let best: [string, number] | null = null;
  for (const [lift, m] of Object.entries(waits)) if (!best || m > best[1]) best = [lift, m];
  return best;
}
