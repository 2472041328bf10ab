// SDK: windmill-client 1.818.0 sleep(seconds) -> Math.max(1, Math.round(seconds)) seconds of durable sleep; tasks keyed by name and call order
// Ported from DBOS: DBOS.sleepms(pollIntervalMs) in a polling loop around a step.
import { task, sleep, workflow } from "windmill-client";

type ExportConfig = {
  datasetId: string;
  pollIntervalMs: number; // kept from the DBOS config file
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

const publishLink = task(async (datasetId: string, url: string) => {
  await fetch(`https://hooks.example.com/exports`, { method: "POST", body: JSON.stringify({ datasetId, url }) });
  return url;
});

export const main = workflow(async (cfg: ExportConfig) => {
  const { exportId } = await startExport(cfg.datasetId);
  for (let poll = 0; poll < cfg.maxPolls; poll++) {
    const status = await exportStatus(exportId);
    if (status.state === "done" && status.url) {
      await publishLink(cfg.datasetId, status.url);
      return { exportId, url: status.url, polls: poll + 1 };
    }
    if (status.state === "failed") {
      throw new Error(`export ${exportId} failed`);
    }
    await sleep(cfg.pollIntervalMs); // expect: WAC301
  }
  return { exportId, url: null, polls: cfg.maxPolls };
});
