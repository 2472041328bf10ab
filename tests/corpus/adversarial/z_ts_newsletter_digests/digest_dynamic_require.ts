// SDK: windmill-client 1.818.0 client.mjs: only step()/task() results are checkpointed; the workflow body reruns on every replay, so modules loaded with require / await import in it run their calls again each time.
import { workflow, task, step } from "windmill-client";

const sendBatch = task(async (batchId: string, html: string) => {
  const res = await fetch("https://api.sendgrid.example.com/v3/mail/batch", {
    method: "POST",
    body: JSON.stringify({ batchId, html }),
  });
  return res.status;
});

const fetchTemplate = task(async (issue: number) => {
  const res = await fetch(`https://cms.example-news.com/api/issues/${issue}/template.mjml`);
  return await res.text();
});

export const main = workflow(async (issue: number) => {
  const mjml = await fetchTemplate(issue);

  // compile the template with the CLI the team already had on the worker image
  const { execFileSync } = require("node:child_process");
  const html = execFileSync("mjml", ["--stdin", "--stdout"], { input: mjml }).toString(); // expect: WAC101

  const { randomUUID } = await import("node:crypto");
  const batchId = randomUUID(); // expect: WAC102

  const status = await sendBatch(batchId, html);
  const sentAt = await step("sent_at", () => new Date().toISOString());
  return { issue, batchId, status, sentAt };
});
