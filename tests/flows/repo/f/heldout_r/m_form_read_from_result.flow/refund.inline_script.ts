export async function main(
  stripe: { token: string },
  charge: { id: string; amount: number },
  amount_cents: number,
  reason: string,
) {
  return { refunded: charge.id, amount_cents, reason }
}
