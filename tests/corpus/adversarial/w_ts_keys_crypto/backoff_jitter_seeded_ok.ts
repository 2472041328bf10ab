// SDK: windmill-client 1.818.0 sleep(seconds) rounds and keys each sleep; jitter from the attempt number and a hash of the id is the same each round
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (exportId: string) => {
  const res = await fetch(`https://warehouse.internal/exports/${exportId}`);
  return ((await res.json()) as { state: "running" | "done" | "failed"; url?: string });
});

function stableJitter(seed: string, attempt: number): number {
  let h = attempt;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 7;
}

export const main = workflow(async (exportId: string) => {
  for (let attempt = 0; attempt < 30; attempt++) {
    const status = await pollExport(exportId);
    if (status.state === "done") return { url: status.url };
    if (status.state === "failed") throw new Error(`export ${exportId} failed`);
    await sleep(30 + stableJitter(exportId, attempt));
  }
  throw new Error("export did not finish in time");
});
