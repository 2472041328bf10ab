export async function main(merchant: string, api_key: string, wines: { lwin: string; vintage: number }[]) {
  const resp = await fetch(`https://api.${merchant}.example/v2/prices`, {
    method: "POST",
    headers: { Authorization: `Bearer ${api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ items: wines.map((w) => ({ lwin: w.lwin, vintage: w.vintage })) }),
  });
  const data = await resp.json();
  return data.items.map((i: any) => ({ lwin: i.lwin, vintage: i.vintage, price_eur: i.price, merchant }));
}
