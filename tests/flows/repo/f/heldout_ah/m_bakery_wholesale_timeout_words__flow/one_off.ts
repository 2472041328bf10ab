export async function main(date: string) {
  const r = await fetch(`https://bakery.example/api/orders?deliver_on=${date}&kind=one-off`);
  const lines = (await r.json()) as { product: string; qty: number }[];
  return { lines };
}
