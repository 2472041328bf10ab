export async function main(sku: string, zone: string) {
  const res = await fetch("http://label-printer.wh.internal/print", {
    method: "POST",
    body: JSON.stringify({ template: "relocation", sku, zone }),
  });
  return { printed: res.ok };
}
