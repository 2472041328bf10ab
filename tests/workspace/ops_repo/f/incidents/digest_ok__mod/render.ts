export async function main(rows: { day: string; incidents: number }[]) {
  return rows.map((r) => `${r.day}: ${r.incidents}`).join("\n");
}
