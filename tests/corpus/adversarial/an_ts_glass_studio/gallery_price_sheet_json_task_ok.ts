// SDK: windmill-client 1.818.0 index.js: a task's result goes through JSON; the task reads the body with `.json()` and returns plain rows, and the body only uses `structuredClone`, `Object.groupBy`, `toSorted` with an explicit-locale comparison and `Intl.NumberFormat("en-GB")` on them (pure, same result every round)
import { task, workflow } from "windmill-client";

type Row = { sku: string; series: string; retailPence: number };

const fetchPriceSheet = task(async function fetchPriceSheet(galleryId: string): Promise<Row[]> {
  const r = await fetch(`https://galleries.emberglass.example/api/galleries/${galleryId}/price-sheet`);
  if (!r.ok) throw new Error(`price sheet ${galleryId}: ${r.status}`);
  return (await r.json()) as Row[];
});

const publishListing = task(async function publishListing(galleryId: string, lines: string[]) {
  await fetch(`https://galleries.emberglass.example/api/galleries/${galleryId}/listings`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lines }),
  });
  return { published: lines.length };
});

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

export const main = workflow(async (galleryId: string) => {
  const rows = structuredClone(await fetchPriceSheet(galleryId));
  const bySeries = Object.groupBy(rows, (r) => r.series);
  const lines = Object.entries(bySeries)
    .toSorted(([a], [b]) => a.localeCompare(b, "en"))
    .flatMap(([series, items]) => (items ?? []).map((r) => `${series} / ${r.sku}: ${gbp.format(r.retailPence / 100)}`));
  return await publishListing(galleryId, lines);
});
