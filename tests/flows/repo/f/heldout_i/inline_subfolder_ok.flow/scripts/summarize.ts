export function main(rows: Record<string, string>[], column = "amount") {
  return rows.reduce((acc, r) => acc + Number(r[column] ?? 0), 0);
}
