// Timing helpers for shipping (a module: no main).
export class Stopwatch {
  private started = 0;

  start(): number {
    this.started = Date.now();
    return this.started;
  }

  lap(): number {
    return Date.now() - this.started;
  }

  trackingCode(prefix: string): string {
    return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
  }

  static region(): string {
    return process.env.SHIP_REGION ?? "eu";
  }
}

export function formatGrams(g: number): string {
  return g >= 1000 ? `${(g / 1000).toFixed(1)} kg` : `${g} g`;
}
