// SDK: windmill-client 1.818.0 client.mjs: a poll loop of task + sleep allocates `checkStatus`, `sleep`, `checkStatus_2`, `sleep_2`, ... in the same order each replay; the loop bound is a counter, not the clock.
import { sleep, task, workflow } from "windmill-client";

const checkStatus = task(async (exportId: string) => {
  const res = await fetch(`https://warehouse.example.com/exports/${exportId}`);
  return (await res.json()) as { state: "pending" | "done" | "failed"; url?: string };
});

const startExport = task(async (table: string) => {
  const res = await fetch("https://warehouse.example.com/exports", {
    method: "POST",
    body: JSON.stringify({ table }),
  });
  return ((await res.json()) as { id: string }).id;
});

// Temporal: await condition(() => done, '2 hours') with a signal from the exporter.
export const main = workflow(async (table: string, pollSeconds: number = 60, maxPolls: number = 120) => {
  const exportId = await startExport(table);
  for (let poll = 0; poll < maxPolls; poll++) {
    const status = await checkStatus(exportId);
    if (status.state === "done") return { exportId, url: status.url ?? null };
    if (status.state === "failed") throw new Error(`export ${exportId} failed`);
    await sleep(pollSeconds);
  }
  return { exportId, url: null, timedOut: true };
});
