export async function main(date: string) {
  const r = await fetch(`https://bakery.example/api/standing-orders?for=${date}`);
  const lines = (await r.json()) as { product: string; qty: number }[];
  return { lines };
}
