// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints its callback's result; pure functions of a module loaded with await import / require in the body give the same value on every replay.
import { workflow, task, step } from "windmill-client";

const sendBatch = task(async (batchId: string, html: string) => {
  const res = await fetch("https://api.sendgrid.example.com/v3/mail/batch", {
    method: "POST",
    body: JSON.stringify({ batchId, html }),
  });
  return res.status;
});

const fetchTemplate = task(async (issue: number) => {
  const res = await fetch(`https://cms.example-news.com/api/issues/${issue}/template.html`);
  return await res.text();
});

export const main = workflow(async (issue: number, listId: string) => {
  const template = await fetchTemplate(issue);

  const { posix } = await import("node:path");
  const archivePath = posix.join("digests", listId, `${issue}.html`);

  const { createHash } = require("node:crypto");
  const etag = createHash("sha256").update(template).digest("hex");

  const batchId = await step("batch_id", async () => {
    const { randomUUID } = await import("node:crypto");
    return randomUUID();
  });

  const status = await sendBatch(batchId, template.replace("{{etag}}", etag));
  return { issue, batchId, status, archivePath };
});
