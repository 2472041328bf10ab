export async function main(house: string, sold: string[]) {
  const capacity = house === "main_stage" ? 1450 : 220;
  return {
    house,
    sold: sold.length,
    free: capacity - sold.length,
    lines: [`${house}: ${sold.length}/${capacity} sold`],
  };
}
