export async function main(since: string) {
  if (!since) {
    return []
  }
  return [{ id: 1, since }]
}
