// One place for "now", so tests can swap it.
export default {
  now: (): Date => new Date(),
  iso: (d: Date): string => d.toISOString(),
  days: (n: number): number => n * 86_400_000,
};
