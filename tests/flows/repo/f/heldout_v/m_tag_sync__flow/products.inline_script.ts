type Shopify = { shop: string; token: string };

export async function main(shopify: Shopify, collection_id: string) {
  const ids: string[] = [];
  let url: string | null = `https://${shopify.shop}.myshopify.com/admin/api/2024-04/collections/${collection_id}/products.json?limit=250&fields=id`;
  while (url) {
    const res = await fetch(url, { headers: { "X-Shopify-Access-Token": shopify.token } });
    if (!res.ok) throw new Error(`Shopify: ${res.status}`);
    const body = await res.json();
    ids.push(...body.products.map((p: { id: number }) => String(p.id)));
    const link = res.headers.get("link") ?? "";
    url = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
  }
  return { ids, count: ids.length };
}
