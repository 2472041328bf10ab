export async function main(sku: string, price_cents: number, pushed_so_far: number = 0) {
  const res = await fetch(`https://sellingpartnerapi.example/listings/${sku}`, {
    method: "PATCH",
    body: JSON.stringify({ price: price_cents / 100 }),
  });
  if (res.status === 429) throw new Error("throttled");
  return { sku, status: res.status, n: pushed_so_far + 1 };
}
