type Shopify = { shop: string; token: string };

export async function main(shopify: Shopify, product_ids: string[], tags: string[]) {
  const mutation = `mutation tagsAdd($id: ID!, $tags: [String!]!) { tagsAdd(id: $id, tags: $tags) { userErrors { message } } }`;
  let updated = 0;
  for (const id of product_ids) {
    const res = await fetch(`https://${shopify.shop}.myshopify.com/admin/api/2024-04/graphql.json`, {
      method: "POST",
      headers: { "X-Shopify-Access-Token": shopify.token, "Content-Type": "application/json" },
      body: JSON.stringify({ query: mutation, variables: { id: `gid://shopify/Product/${id}`, tags } }),
    });
    if (!res.ok) throw new Error(`Shopify: ${res.status}`);
    updated += 1;
  }
  return { updated };
}
