// SDK: windmill-client 1.818.0 index.js: a task runs as its own job and the body gets its result through JSON (`checkpointableResult`); a `Response` has no own enumerable fields, so the body gets `{}` back and `sheet.json()` is a TypeError after the task has run
import { task, workflow } from "windmill-client";

const fetchPriceSheet = task(async function fetchPriceSheet(galleryId: string) {
  return await fetch(`https://galleries.emberglass.example/api/galleries/${galleryId}/price-sheet`); // expect: WAC107
});

const publishListing = task(async function publishListing(galleryId: string, skus: string[]) {
  await fetch(`https://galleries.emberglass.example/api/galleries/${galleryId}/listings`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ skus }),
  });
  return { published: skus.length };
});

export const main = workflow(async (galleryId: string) => {
  const sheet = await fetchPriceSheet(galleryId);
  const rows = (await sheet.json()) as { sku: string; retailPence: number }[];
  const listed = rows.filter((r) => r.retailPence > 0).map((r) => r.sku);
  return await publishListing(galleryId, listed);
});
