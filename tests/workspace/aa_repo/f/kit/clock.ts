// Time helpers for the shop workflows.
export const BUSINESS_TZ = "Europe/Berlin";

export function now(): number {
  return Date.now();
}

export function isoNow(): string {
  return new Date().toISOString();
}

// "reserve-1736674200000": handy for log lines and step names
export function stepName(base: string): string {
  return `${base}-${Date.now()}`;
}

export function slug(...parts: string[]): string {
  return parts.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-")).join("/");
}
