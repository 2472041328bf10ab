export async function main(net: number) {
  return { rate: 0, vat: 0, scheme: "export" };
}
