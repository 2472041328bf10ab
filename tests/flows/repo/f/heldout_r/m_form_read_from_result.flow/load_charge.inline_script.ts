export async function main(stripe: { token: string }, charge_id: string) {
  return { id: charge_id, amount: 4200, currency: "eur", customer: "cus_1" }
}
