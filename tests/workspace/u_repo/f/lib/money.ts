// Money formatting: integer cents in, display strings out.

export function formatCents(cents: number, currency = "EUR"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")} ${currency}`;
}

export function sumCents(lines: { cents: number }[]): number {
  return lines.reduce((acc, l) => acc + l.cents, 0);
}
