// SDK: windmill-client 1.818.0 task(): arguments go into the step's args; toLocaleDateString() with no locale / timeZone uses the worker process's default locale and TZ, which can differ between the workers running the rounds
import { task, workflow } from "windmill-client";

type Upload = { id: string; uploadedAt: string; rows: number; owner: string };

const createImportRecord = task(async (uploadId: string, label: string, rows: number) => {
  const r = await fetch("https://imports.internal/api/records", {
    method: "POST",
    body: JSON.stringify({ uploadId, label, rows }),
  });
  return ((await r.json()) as { id: string }).id;
});

const emailOwner = task(async (owner: string, text: string) => {
  await fetch("https://mail.internal/api/send", { method: "POST", body: JSON.stringify({ to: owner, text }) });
});

export const main = workflow(async (upload: Upload) => {
  const label = `Import of ${new Date(upload.uploadedAt).toLocaleDateString()}`; // expect: WAC102
  const recordId = await createImportRecord(upload.id, label, upload.rows);
  await emailOwner(upload.owner, `${label} is registered as ${recordId}`);
  return { recordId, label };
});
