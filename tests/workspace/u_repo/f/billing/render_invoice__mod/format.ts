// Formatting module of render_invoice.
export function lineText(sku: string, cents: number): string {
  return `${sku.padEnd(12)} ${(cents / 100).toFixed(2)}`;
}
