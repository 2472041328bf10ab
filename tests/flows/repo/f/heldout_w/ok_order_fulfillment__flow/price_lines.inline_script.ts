type Line = { sku: string; qty: number; unit_cents: number; warehouse?: string };

export async function main(lines: Line[], currency: string) {
  const priced = lines.map((line) => {
    const vat = Math.round(line.unit_cents * line.qty * 0.2);
    return { ...line, vat_cents: vat, line_cents: line.unit_cents * line.qty + vat };
  });
  const total_cents = priced.reduce((sum, l) => {
    return sum + l.line_cents;
  }, 0);
  return { lines: priced, total_cents, currency };
}
