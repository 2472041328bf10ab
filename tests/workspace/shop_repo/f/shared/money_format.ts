export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")} EUR`;
}

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}
