type Line = { reference: string; amount_cents: number; seller_email: string };

export async function main(report_url: string) {
  const res = await fetch(report_url);
  const text = await res.text();
  const [, ...rows] = text.trim().split("\n");
  const lines = rows.map((row) => {
    const [reference, amount, seller_email] = row.split(",");
    return { reference, amount_cents: Math.round(Number(amount) * 100), seller_email };
  });
  return { lines, count: lines.length };
}
