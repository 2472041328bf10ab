export async function main(rma_id: string, amount: number, currency: string) {
  const text = `Your return ${rma_id} will cost ${amount.toFixed(2)} ${currency}.`;
  console.log(text);
  return { sent: true, text };
}
