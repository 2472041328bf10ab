// Billing calendar: a period is "YYYY-MM"; nothing here reads the wall clock.

export function stamp(period: string): string {
  return `${period}-close`;
}

export function periodEnd(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01T00:00:00Z` : `${y}-${String(m + 1).padStart(2, "0")}-01T00:00:00Z`;
}
