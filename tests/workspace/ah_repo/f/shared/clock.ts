export function nowIso(): string {
  return new Date().toISOString();
}

export function shiftOf(day: Date, epoch = new Date("2024-01-01T00:00:00Z")): number {
  return Math.floor((day.getTime() - epoch.getTime()) / (7 * 24 * 3600 * 1000));
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
