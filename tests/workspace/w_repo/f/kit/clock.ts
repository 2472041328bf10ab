// Time helpers for the growth reports.
export const clock = {
  tz: "UTC",
  get now(): number {
    return Date.now();
  },
};

export function stamp(label: string): string {
  return `${label} @ ${Date()}`;
}

export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export class Boot {
  static version = "3.2.0";
  static startedAt = performance.now();
}
