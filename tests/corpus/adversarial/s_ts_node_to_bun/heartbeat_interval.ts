// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed every round: the interval is armed again each time), task()
import { task, workflow } from "windmill-client";

const HEARTBEAT_URL = "https://uptime.internal/api/push/etl-nightly";

const extract = task(async (source: string) => {
  const res = await fetch(`https://warehouse.internal/extract/${source}`, { method: "POST" });
  return ((await res.json()) as { rows: number }).rows;
});

const load = task(async (source: string, rows: number) => {
  const res = await fetch(`https://warehouse.internal/load/${source}`, {
    method: "POST",
    body: JSON.stringify({ rows }),
  });
  return res.ok;
});

export const main = workflow(async (sources: string[]) => {
  const heartbeat = setInterval(() => {
    fetch(`${HEARTBEAT_URL}?status=up&msg=running`).catch(() => undefined); // expect: WAC101
  }, 30_000);

  const loaded: Record<string, number> = {};
  try {
    for (const source of sources) {
      const rows = await extract(source);
      if (await load(source, rows)) loaded[source] = rows;
    }
  } finally {
    clearInterval(heartbeat);
  }
  return loaded;
});
