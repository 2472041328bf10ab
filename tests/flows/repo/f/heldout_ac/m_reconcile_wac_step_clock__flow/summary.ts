export async function main(day: string, unmatched: number) {
  return unmatched === 0 ? `${day}: ledger reconciled` : `${day}: ${unmatched} line(s) to check`;
}
