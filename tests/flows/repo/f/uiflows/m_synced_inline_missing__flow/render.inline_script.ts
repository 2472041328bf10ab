export async function main(invoices: { id: string }[], delimiter = ",") {
  return invoices.map((i) => i.id).join(delimiter);
}
