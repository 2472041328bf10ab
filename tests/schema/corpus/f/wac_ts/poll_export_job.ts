// Start a long data export on a third-party system and poll until it is done,
// sleeping server-side between polls so no worker is held.
import { task, workflow, sleep } from "windmill-client";
import * as wmill from "windmill-client";

const startExport = task(async (accountId: string, dataset: string): Promise<string> => {
  const res = await fetch(`https://bi.example/api/accounts/${accountId}/exports`, { method: "POST", body: JSON.stringify({ dataset }) });
  return (await res.json()).export_id;
});

const exportStatus = task(async (accountId: string, exportId: string) => {
  const res = await fetch(`https://bi.example/api/accounts/${accountId}/exports/${exportId}`);
  return (await res.json()) as { state: string; download_url?: string };
});

const downloadExport = task(
  async (url: string, destination: string) => {
    const data = await (await fetch(url)).arrayBuffer();
    await wmill.writeS3File({ s3: destination }, new Uint8Array(data));
    return data.byteLength;
  },
  { timeout: 1800 },
);

export const main = workflow(async (accountId: string, dataset: string, maxPolls: number = 60) => {
  const exportId = await startExport(accountId, dataset);
  let status = await exportStatus(accountId, exportId);
  let polls = 1;
  while (!["completed", "failed"].includes(status.state) && polls < maxPolls) {
    await sleep(300);
    status = await exportStatus(accountId, exportId);
    polls++;
  }
  if (status.state !== "completed") {
    return { exportId, state: status.state, polls };
  }
  const size = await downloadExport(status.download_url!, `exports/${dataset}/${exportId}.csv`);
  return { exportId, bytes: size };
});
