export async function main(db: object, filters: Record<string, unknown>, limit = 100) {
  return { rows: [] }
}
