export async function main(invoices: Array<{ id: string }>, first_due: string, count: number) {
  return { count, first_due, ids: invoices.map((i) => i.id) }
}
