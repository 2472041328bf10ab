// SDK: windmill-client 1.818.0 client.mjs step(): JSON.stringify(new Set([...])) is "{}"; the replayed value has no .has and no elements.
import { step, task, workflow } from "windmill-client";

const sendInvites = task(async (emails: string[]) => emails.length);

export const main = workflow(async (raw: string) => {
  const unique = await step("dedupe", () => new Set(raw.split(",").map((s) => s.trim().toLowerCase()))); // expect: WAC107
  return await sendInvites([...unique]);
});
