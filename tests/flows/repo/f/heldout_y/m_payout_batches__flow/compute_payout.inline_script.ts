export async function main(seller_id: string, gross_cents: number) {
  const fee = Math.round(gross_cents * 0.029) + 30;
  return { seller_id, net_cents: gross_cents - fee, fee_cents: fee };
}
