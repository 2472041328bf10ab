// Static payout limits (reviewed quarterly by risk).
export const LIMITS = {
  EUR: { perPayout: 5_000_000, perDay: 50_000_000 },
  USD: { perPayout: 5_000_000, perDay: 40_000_000 },
  GBP: { perPayout: 4_000_000, perDay: 30_000_000 },
} as const;

export function withinLimit(currency: keyof typeof LIMITS, cents: number): boolean {
  return cents <= LIMITS[currency].perPayout;
}
