// SDK: windmill-client 1.818.0 client.mjs: workflow inputs are replayed unchanged; reading Bun.env inside a task happens once in the task's job.
import { task, workflow } from "windmill-client";

const summarize = task(async (text: string) => text.slice(0, 280));
const postToSlack = task(async (text: string, url?: string) => {
  const target = url ?? Bun.env.SLACK_WEBHOOK_URL;
  if (!target) return 0;
  const r = await fetch(target, { method: "POST", body: JSON.stringify({ text }) });
  return r.status;
});

export const main = workflow(async (incident: string, slackWebhook?: string) => {
  const summary = await summarize(incident);
  return { summary, posted: (await postToSlack(summary, slackWebhook)) === 200 };
});
