export async function main(customer: string, amount: number, currency: "eur" | "usd" = "eur") {
  return { customer, amount, currency };
}
