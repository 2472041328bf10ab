// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs from the top on every round; a handler picked from a table and called in the body posts to Slack again each replay.
import { task, workflow } from "windmill-client";

type Msg = { channel: string; text: string };

async function postSlack(m: Msg): Promise<void> {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    body: JSON.stringify(m),
  });
}

async function logOnly(m: Msg): Promise<void> {
  console.log(`[${m.channel}] ${m.text}`);
}

const handlers: Record<string, (m: Msg) => Promise<void>> = { slack: postSlack, log: logOnly };

const build = task(async (orderId: string) => ({ channel: "#orders", text: `order ${orderId} built` }));

export const main = workflow(async (orderId: string, kind: string) => {
  const m = await build(orderId);
  await handlers[kind](m); // expect: WAC101
  return m;
});
