export async function main(sku: string, store: string) {
  const res = await fetch(`https://pos.pharmacy.example/${store}/stock/${sku}`);
  if (!res.ok) throw new Error(`store ${store} offline`);
  return { site: store, units: (await res.json()).units as number };
}
