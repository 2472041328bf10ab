export async function main(order_id: string, total: number, currency: string, notify: string) {
  return { order_id, queued: true, value: `${total.toFixed(2)} ${currency}`, notify };
}
