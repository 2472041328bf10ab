// Wall-clock helpers shared by every team (UTC everywhere).

export function stamp(): string {
  return new Date().toISOString();
}

export function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

export function parse(ts: string): Date {
  return new Date(ts);
}
