// SDK: windmill-client 1.818.0 client.mjs: a fetch in the workflow body is not a step; it runs on every replay round.
import { task, workflow } from "windmill-client";

function render(fetch: { url: string; ms: number }[]): string {
  // `fetch` here is a list of timing records
  return fetch.map((f) => `${f.url}: ${f.ms}ms`).join("\n");
}

const timeEndpoints = task(async (urls: string[]) => {
  const out = [];
  for (const url of urls) {
    const t0 = performance.now();
    await fetch(url);
    out.push({ url, ms: Math.round(performance.now() - t0) });
  }
  return out;
});

export const main = workflow(async (urls: string[], webhook: string) => {
  const timings = await timeEndpoints(urls);
  const text = render(timings);
  await fetch(webhook, { method: "POST", body: text }); // expect: WAC101
  return { text };
});
