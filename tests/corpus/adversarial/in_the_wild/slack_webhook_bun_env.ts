// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; reading the environment there can give another value in a later round (workers differ), so the branch taken can change.
import { task, workflow } from "windmill-client";

const summarize = task(async (text: string) => text.slice(0, 280));
const postToSlack = task(async (url: string, text: string) => {
  const r = await fetch(url, { method: "POST", body: JSON.stringify({ text }) });
  return r.status;
});

export const main = workflow(async (incident: string) => {
  const summary = await summarize(incident);
  const hook = Bun.env.SLACK_WEBHOOK_URL ?? ""; // expect: WAC102
  if (!hook) return { summary, posted: false };
  return { summary, posted: (await postToSlack(hook, summary)) === 200 };
});
