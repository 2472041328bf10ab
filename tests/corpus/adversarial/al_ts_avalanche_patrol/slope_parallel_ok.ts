// SDK: windmill-client 1.818.0 index.js `parallel(items, fn, options)`: batches of `concurrency` items, each batch `await Promise.all(batch.map((item) => fn(item)))`, so every zone's task is awaited before `publishClosures`
// Cloudflare Workflows port: the per-zone closures run through the SDK's `parallel`.
import { parallel, task, workflow } from "windmill-client";

const closeZone = task(async function closeZone(zone: string) {
  const r = await fetch(`https://ops.snowwatch.example/api/zones/${zone}/close`, { method: "POST" });
  return { zone, ok: r.ok };
});

const publishClosures = task(async function publishClosures(resort: string, zones: string[]) {
  await fetch(`https://public.snowwatch.example/api/resorts/${resort}/closures`, {
    method: "PUT",
    body: JSON.stringify({ zones }),
  });
  return zones.length;
});

export const main = workflow(async (resort: string, zones: string[]) => {
  const results = await parallel(zones, closeZone, { concurrency: 4 });
  const closed = results.filter((r) => r.ok).map((r) => r.zone);
  const published = await publishClosures(resort, closed);
  return { resort, published };
});
