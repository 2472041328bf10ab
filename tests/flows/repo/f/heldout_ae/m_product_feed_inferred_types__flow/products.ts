import * as wmill from "windmill-client";

export async function main(shop: string, page_size = 100, max_pages = 20, include_drafts = false) {
  const token = await wmill.getVariable("f/shop/shopify_admin_token");
  const items: any[] = [];
  let url: string | null = `https://${shop}/admin/api/2024-07/products.json?limit=${page_size}`;
  for (let page = 0; url && page < max_pages; page++) {
    const resp: Response = await fetch(url, { headers: { "X-Shopify-Access-Token": token } });
    const body = await resp.json();
    items.push(...body.products.filter((p: any) => include_drafts || p.status === "active"));
    const link = resp.headers.get("link") ?? "";
    const next = link.split(",").find((l) => l.includes('rel="next"'));
    url = next ? next.slice(next.indexOf("<") + 1, next.indexOf(">")) : null;
  }
  return { items, count: items.length };
}
