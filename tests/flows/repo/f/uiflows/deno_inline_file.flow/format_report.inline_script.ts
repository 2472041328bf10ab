export async function main(rows: Array<object> = [], title: string, footer?: string) {
  return `${title}: ${rows.length} rows${footer ? ` (${footer})` : ""}`;
}
