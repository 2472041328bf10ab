export async function main(invoices: { id: string; days: number }[], delimiter: string = ",") {
  return invoices.map((i) => [i.id, i.days].join(delimiter)).join("\n");
}
