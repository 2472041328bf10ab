// Lot codes for kegs and cans.
export function lotCode(beer: string, opts: { stamp?: boolean } = {}): string {
  const base = beer.slice(0, 4).toUpperCase();
  return opts.stamp ? `${base}-${Date.now().toString(36)}` : base;
}

export function canCode(beer: string, day: string): string {
  return `${lotCode(beer)}-${day}`;
}
