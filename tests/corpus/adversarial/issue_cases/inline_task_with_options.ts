// SDK: windmill-client 1.818.0 client.mjs task(fn, options): keyed by fn.name with its options; created inline it runs but is not at top level as the guide asks.
import { parallel, task, workflow } from "windmill-client";

async function enrich(record: { id: string; name: string }) {
  const res = await fetch(`https://enrich.example.com/api/${record.id}`);
  return { ...record, ...((await res.json()) as Record<string, unknown>) };
}

export const main = workflow(async (records: { id: string; name: string }[]) => {
  const enriched = await parallel(records, (r) => task(enrich, { cache_ttl: 3600 })(r), { concurrency: 4 }); // expect: WAC003
  return { enriched: enriched.length };
});
