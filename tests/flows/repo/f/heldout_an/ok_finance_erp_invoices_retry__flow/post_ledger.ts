export async function main(invoices: Array<{ id: string; total: number }>, ledger_tags: string[]) {
  return { posted: invoices.length, tags: ledger_tags };
}
