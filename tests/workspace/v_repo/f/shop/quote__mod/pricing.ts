export function lineTotal(unitCents: number, qty: number): number {
  const discount = qty >= 100 ? 0.1 : qty >= 20 ? 0.05 : 0;
  return Math.round(unitCents * qty * (1 - discount));
}
