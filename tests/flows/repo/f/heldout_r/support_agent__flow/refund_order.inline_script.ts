export async function main(stripe: { token: string }, order_id: string, reason: string) {
  return { refunded: order_id, reason }
}
