// SDK: windmill-client 1.818.0 task(): the task body runs in its own job, where AbortSignal.timeout bounds a single HTTP call
import { task, workflow } from "windmill-client";

type Source = { name: string; url: string };

const pullCsv = task(async (src: Source) => {
  const r = await fetch(src.url, { signal: AbortSignal.timeout(15_000) });
  if (!r.ok) return { name: src.name, lines: 0, error: `HTTP ${r.status}` };
  const text = await r.text();
  return { name: src.name, lines: text.split("\n").length - 1, error: null };
});

const summarize = task(async (results: { name: string; lines: number; error: string | null }[]) => {
  await fetch(process.env.DATA_CHANNEL_WEBHOOK!, {
    method: "POST",
    body: JSON.stringify({
      text: results.map((r) => `${r.name}: ${r.error ?? `${r.lines} lines`}`).join("\n"),
    }),
  });
});

export const main = workflow(async (sources: Source[]) => {
  const results = await Promise.all(sources.map((s) => pullCsv(s)));
  await summarize(results);
  return results;
});
