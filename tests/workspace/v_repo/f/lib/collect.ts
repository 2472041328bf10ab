// SDK: none; aggregation helpers (stamp reads the clock, the others are pure)
export type OrderLine = { sku: string; qty: number; region: string; orderId: string };

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;
export const ONE_DAY_S = 24 * 60 * 60;

export function countBySku(lines: OrderLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.sku, (counts.get(l.sku) ?? 0) + l.qty);
  return counts;
}

export function regionsOf(lines: OrderLine[]): Set<string> {
  return new Set(lines.map((l) => l.region));
}

export function stamp(prefix: string): string {
  return `${prefix}-${new Date().toISOString()}`;
}

export function sortedSkus(lines: OrderLine[]): string[] {
  return [...new Set(lines.map((l) => l.sku))].sort();
}
