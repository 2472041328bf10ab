export async function main(annual_value: number, uplift_pct: number = 4) {
  const price = Math.round(annual_value * (1 + uplift_pct / 100));
  return { price, uplift_pct, term_months: annual_value > 50_000 ? 24 : 12 };
}
