export async function main(net: number, country: string, vat_id: string) {
  const rates: Record<string, number> = { FR: 0.2, DE: 0.19, IT: 0.22, ES: 0.21, NL: 0.21 };
  const rate = vat_id ? 0 : rates[country] ?? 0.2;
  return { rate, vat: Math.round(net * rate * 100) / 100, scheme: vat_id ? "reverse-charge" : "oss" };
}
