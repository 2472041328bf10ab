// SDK: windmill-client 1.818.0 step(name, fn): fn (with its AbortController and timer) runs once; its result is checkpointed and replayed
import { task, step, workflow } from "windmill-client";

type Feed = { url: string; format: "csv" | "tsv" };

const storeRows = task(async (rows: string[][]) => {
  const r = await fetch("https://warehouse.internal/api/feed_rows", { method: "POST", body: JSON.stringify(rows) });
  return r.ok;
});

export const main = workflow(async (feed: Feed, timeoutMs = 30_000) => {
  const text = await step("download_feed", async () => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    try {
      const r = await fetch(feed.url, { signal: ctrl.signal });
      return await r.text();
    } finally {
      clearTimeout(timer);
    }
  });

  const sep = feed.format === "tsv" ? "\t" : ",";
  const rows = text
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => l.split(sep));
  const ok = await storeRows(rows.slice(1));
  return { rows: rows.length - 1, ok };
});
