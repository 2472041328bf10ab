export async function main(amount: number, currency: string = "EUR") {
  return amount > 1000;
}
