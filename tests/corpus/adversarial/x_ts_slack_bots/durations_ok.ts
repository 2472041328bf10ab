// SDK: no windmill-client import: a shared module of duration helpers (setTimeout-style milliseconds and WAC-style seconds)
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;

export function hours(n: number): number {
  return n * HOUR_MS;
}

export function minutes(n: number): number {
  return n * MINUTE_MS;
}

export const secondsIn = {
  minutes: (n: number) => n * 60,
  hours: (n: number) => n * 60 * 60,
  days: (n: number) => n * 24 * 60 * 60,
};

export const REMINDER_INTERVAL = 4 * HOUR_MS;

export function humanize(ms: number): string {
  const h = Math.floor(ms / HOUR_MS);
  const m = Math.round((ms % HOUR_MS) / MINUTE_MS);
  return h > 0 ? `${h}h${m ? ` ${m}m` : ""}` : `${m}m`;
}
