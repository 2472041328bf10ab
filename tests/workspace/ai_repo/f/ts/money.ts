import type { Currency } from "./types.ts";

const SYMBOLS: Record<Currency, string> = { EUR: "€", USD: "$", GBP: "£" };

export function formatCents(cents: number, currency: Currency): string {
  return `${SYMBOLS[currency]}${(cents / 100).toFixed(2)}`;
}

export function sumCents(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function stampedRef(prefix: string): string {
  return `${prefix}-${new Date().toISOString().slice(0, 10)}`;
}
