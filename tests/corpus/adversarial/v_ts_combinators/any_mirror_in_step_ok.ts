// SDK: windmill-client 1.818.0 step(name, fn) runs fn once and returns the checkpointed string on every replay; the race happens inside the step
// Pick the fastest artifact mirror once, then download through a task.
import { task, step, workflow } from "windmill-client";

const MIRRORS = ["https://a.cdn.example.net", "https://b.cdn.example.net", "https://c.cdn.example.net"];

async function probe(base: string): Promise<string> {
  const r = await fetch(`${base}/ping`, { signal: AbortSignal.timeout(3_000) });
  if (!r.ok) throw new Error(`${base}: ${r.status}`);
  return base;
}

const download = task(async (base: string, artifact: string) => {
  const r = await fetch(`${base}/artifacts/${artifact}`);
  const text = await r.text();
  return { bytes: text.length, sha: r.headers.get("x-checksum") ?? "" };
});

export const main = workflow(async (artifact: string) => {
  const mirror = await step("fastest_mirror", () => Promise.any(MIRRORS.map(probe)));
  const got = await download(mirror, artifact);
  return { mirror, ...got };
});
