export async function main(vendor: string, payment: { paid_eur: number; memo: string }) {
  console.log(`Paid ${vendor} €${payment.paid_eur} (${payment.memo})`);
  return { vendor, ...payment };
}
