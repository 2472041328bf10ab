type Gsheets = { token: string }

export async function main(gsheets: Gsheets, rows: Array<Record<string, unknown>>, sheet: string) {
  return { written: rows.length, sheet }
}
