export async function main(outcomes: unknown[], total: number) {
  return { total, processed: outcomes.length }
}
