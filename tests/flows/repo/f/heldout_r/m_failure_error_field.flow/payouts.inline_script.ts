export async function main(stripe: { token: string }, since: string) {
  return { payouts: [] as Array<{ id: string; amount: number }>, since }
}
