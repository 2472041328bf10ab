// One clock for the TypeScript side, so tests can swap it.
export interface Clock {
  zone: string;
  now(): Date;
  iso(): string;
}

function makeClock(zone: string): Clock {
  return {
    zone,
    now: () => new Date(),
    iso: () => new Date().toISOString(),
  };
}

export const clock = makeClock("UTC");

export function hl7Ts(iso: string): string {
  return iso.replace(/[-:T]/g, "").slice(0, 14);
}
