// SDK: windmill-client 1.818.0 client.mjs: the client is built at load without a request; the issue is created once inside a task.
import { LinearClient } from "@linear/sdk";
import { task, workflow } from "windmill-client";

const linear = new LinearClient({ apiKey: process.env.LINEAR_KEY ?? "" });
const fileIssue = task(async (teamId: string, title: string) => {
  const r = await linear.createIssue({ teamId, title });
  return { ok: r.success };
});

export const main = workflow(async (teamId: string, title: string) => {
  return await fileIssue(teamId, title);
});
