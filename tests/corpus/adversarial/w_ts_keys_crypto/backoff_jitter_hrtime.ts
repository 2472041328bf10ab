// SDK: windmill-client 1.818.0 _sleep allocates a key per sleep; its seconds come from process.hrtime in the body, so each round computes another value
import { sleep, task, workflow } from "windmill-client";

const pollExport = task(async (exportId: string) => {
  const res = await fetch(`https://warehouse.internal/exports/${exportId}`);
  return ((await res.json()) as { state: "running" | "done" | "failed"; url?: string });
});

export const main = workflow(async (exportId: string) => {
  for (let attempt = 0; attempt < 30; attempt++) {
    const status = await pollExport(exportId);
    if (status.state === "done") return { url: status.url };
    if (status.state === "failed") throw new Error(`export ${exportId} failed`);
    const jitter = Number(process.hrtime.bigint() % 7n); // expect: WAC102
    await sleep(30 + jitter);
  }
  throw new Error("export did not finish in time");
});
