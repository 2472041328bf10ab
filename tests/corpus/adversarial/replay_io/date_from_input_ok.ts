// SDK: windmill-client 1.818.0 client.mjs: new Date(value) / Date.parse of an input read no clock and give the same value on every replay.
import { task, workflow } from "windmill-client";

const exportRange = task(async (from: string, to: string) => ({ from, to, rows: 0 }));

export const main = workflow(async (since: string, days = 7) => {
  const start = new Date(since);
  const end = new Date(Date.parse(since) + days * 86_400_000);
  const epoch = new Date(0);
  if (start < epoch) throw new Error("since before epoch");
  return await exportRange(start.toISOString(), end.toISOString());
});
