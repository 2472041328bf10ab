export async function main(period: string, inserted: number, skipped: number, currency: string) {
  return `Invoices ${period} (${currency}): ${inserted} loaded, ${skipped} already there`;
}
