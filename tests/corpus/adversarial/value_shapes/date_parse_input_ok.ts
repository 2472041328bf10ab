// SDK: windmill-client 1.818.0 client.mjs: new Date(input) and Date.parse(input) depend only on the input, so the body computes the same deadline every replay.
import { task, workflow } from "windmill-client";

const remind = task(async (id: string, at: string) => ({ id, at }));

export const main = workflow(async (id: string, createdAt: string) => {
  const created = new Date(createdAt);
  const deadlineMs = Date.parse(createdAt) + 7 * 86_400_000;
  const label = created.toISOString().slice(0, 10);
  return await remind(id, `${label}/${new Date(deadlineMs).toISOString()}`);
});
