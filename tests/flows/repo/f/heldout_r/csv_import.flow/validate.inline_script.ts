export async function main(row: Record<string, string>, line: number, columns: string[]) {
  const errors: string[] = []
  if (!row.email?.includes("@")) errors.push("email")
  if (!row.name) errors.push("name")
  return { ok: errors.length === 0, row, line, errors, columns: columns.length }
}
