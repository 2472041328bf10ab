export async function main(store: { domain: string; token: string }, since: string) {
  return { orders: [] as Array<{ id: number }>, store: store.domain, since }
}
