// SDK: windmill-client 1.818.0 client.mjs: the body is replayed after the task; the issue is filed again each round.
import { LinearClient } from "@linear/sdk";
import { task, workflow } from "windmill-client";

const linear = new LinearClient({ apiKey: process.env.LINEAR_KEY ?? "" });
const triage = task(async (title: string) => ({ title, urgent: title.startsWith("P0") }));

export const main = workflow(async (teamId: string, title: string) => {
  const t = await triage(title);
  if (t.urgent) await linear.createIssue({ teamId, title }); // expect: WAC101
  return t;
});
