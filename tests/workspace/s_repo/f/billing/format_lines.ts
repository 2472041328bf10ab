// SDK: none; a plain script dispatched with taskScript("./format_lines.ts")
export async function main(lines: { sku: string; cents: number }[], currency: string) {
  return lines.map((l) => `${l.sku}: ${(l.cents / 100).toFixed(2)} ${currency}`);
}
