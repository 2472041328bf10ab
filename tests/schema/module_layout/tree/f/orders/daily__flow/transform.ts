export async function main(rows: object[], factor: number) {
  return rows.map((r) => ({ ...r, factor }));
}
