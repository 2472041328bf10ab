export async function main(rows: object[], table: string, truncate = false) {
  return { table, count: rows.length, truncate };
}
