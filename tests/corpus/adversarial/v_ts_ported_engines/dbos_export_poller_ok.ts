// SDK: windmill-client 1.818.0 sleep(seconds) rounds to whole seconds (min 1); a division converts milliseconds
// Ported from DBOS: DBOS.sleepms(pollIntervalMs), converted to seconds for Windmill's sleep.
import { task, sleep, workflow } from "windmill-client";

type ExportConfig = {
  datasetId: string;
  pollIntervalMs: number;
  maxPolls: number;
};

const startExport = task(async (datasetId: string) => {
  const r = await fetch(`https://warehouse.example.com/datasets/${datasetId}/exports`, { method: "POST" });
  return (await r.json()) as { exportId: string };
});

const exportStatus = task(async (exportId: string) => {
  const r = await fetch(`https://warehouse.example.com/exports/${exportId}`);
  return (await r.json()) as { state: "running" | "done" | "failed"; url?: string };
});

export const main = workflow(async (cfg: ExportConfig) => {
  const { exportId } = await startExport(cfg.datasetId);
  const pollSeconds = Math.ceil(cfg.pollIntervalMs / 1000);
  for (let poll = 0; poll < cfg.maxPolls; poll++) {
    const status = await exportStatus(exportId);
    if (status.state === "done") return { exportId, url: status.url ?? null, polls: poll + 1 };
    if (status.state === "failed") throw new Error(`export ${exportId} failed`);
    await sleep(pollSeconds);
  }
  return { exportId, url: null, polls: cfg.maxPolls };
});
