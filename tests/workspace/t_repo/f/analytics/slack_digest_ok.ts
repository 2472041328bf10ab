// SDK: windmill-client 1.818.0 client.mjs: step() runs its callback once and checkpoints the result
import { step, task, workflow } from "windmill-client";

import slack from "/f/shared/slack.ts";
import { postJson, WAREHOUSE_API } from "/f/shared/net.ts";

const topQueries = task(async (day: string, limit: number) => {
  return await postJson<{ query: string; ms: number }[]>(`${WAREHOUSE_API}/top`, { day, limit });
});

export const main = workflow(async (day: string, channel = "#data-eng") => {
  const rows = await topQueries(day, 10);
  const text = slack.format(`Slowest queries ${day}`, rows.map((r) => `${r.ms} ms: ${r.query}`));
  await step("post_digest", () => slack.post(channel, text));
  return { posted: rows.length };
});
