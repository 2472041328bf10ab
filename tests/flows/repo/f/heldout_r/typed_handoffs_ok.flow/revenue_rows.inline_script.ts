export async function main(
  bounds: { start: string; months: number },
  regions: string[],
  fx: { [currency: string]: number } = {},
  min_amount: number = 0,
) {
  return regions.map((region) => ({ region, amount: Math.max(min_amount, 0) * (fx.USD ?? 1), start: bounds.start }))
}
