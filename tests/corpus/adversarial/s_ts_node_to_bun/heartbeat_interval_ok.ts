// SDK: windmill-client 1.818.0 client.mjs task() (the interval lives inside the child job's run of the task body)
import { task, workflow } from "windmill-client";

const HEARTBEAT_URL = "https://uptime.internal/api/push/etl-nightly";

async function withHeartbeat<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    fetch(`${HEARTBEAT_URL}?status=up&msg=running`).catch(() => undefined);
  }, 30_000);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

const extractAndLoad = task(async (source: string) =>
  withHeartbeat(async () => {
    const res = await fetch(`https://warehouse.internal/extract/${source}`, { method: "POST" });
    const { rows } = (await res.json()) as { rows: number };
    const loaded = await fetch(`https://warehouse.internal/load/${source}`, {
      method: "POST",
      body: JSON.stringify({ rows }),
    });
    return loaded.ok ? rows : 0;
  }),
);

export const main = workflow(async (sources: string[]) => {
  const loaded: Record<string, number> = {};
  for (const source of sources) {
    const rows = await extractAndLoad(source);
    if (rows > 0) loaded[source] = rows;
  }
  return loaded;
});
