export async function main(cursor: string | null) {
  const url = new URL("https://wms.depot.example/api/low-stock");
  if (cursor) url.searchParams.set("cursor", cursor);
  const page = await (await fetch(url)).json();
  return {
    items: page.items.map((i: any) => ({ sku: i.sku, missing: i.min - i.on_hand })),
    next_cursor: page.next ?? null,
  };
}
