export async function main(amount: number, rate: number) {
  return { converted: Math.round(amount * rate * 100) / 100, rate };
}
