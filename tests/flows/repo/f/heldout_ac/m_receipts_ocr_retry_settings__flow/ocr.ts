import * as wmill from "windmill-client";

export async function main(bucket: string, key: string) {
  const vision = await wmill.getResource("f/expenses/ocr_api");
  const res = await fetch(`${vision.url}/v1/receipts`, {
    method: "POST",
    headers: { Authorization: `Bearer ${vision.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ source: { s3: { bucket, key } } }),
  });
  if (res.status === 429) throw new Error("rate limited");
  if (!res.ok) throw new Error(`ocr answered ${res.status}`);
  const r = await res.json();
  return { key, merchant: r.merchant?.name ?? null, total: r.total?.amount ?? null, currency: r.total?.currency ?? null };
}
