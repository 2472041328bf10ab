export async function main(rows: Array<{ region: string; total: number }>, day: string) {
  const lines = rows.map((r) => `<li>${r.region}: ${r.total}</li>`).join("")
  return { html: `<h1>${day}</h1><ul>${lines}</ul>` }
}
