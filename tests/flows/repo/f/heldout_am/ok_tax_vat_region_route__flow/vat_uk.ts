export async function main(net: number) {
  return { rate: 0.2, vat: Math.round(net * 0.2 * 100) / 100, scheme: "uk-vat" };
}
