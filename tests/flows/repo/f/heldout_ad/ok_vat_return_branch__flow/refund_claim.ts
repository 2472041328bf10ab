export async function main(tax_number: string, period: string, refund_cents: number) {
  return { tax_number, period, refund_eur: refund_cents / 100, note: "refund claimed with the return" };
}
