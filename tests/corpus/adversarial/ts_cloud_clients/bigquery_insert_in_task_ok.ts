// SDK: windmill-client 1.818.0 client.mjs: the client is only built at load (no request); the insert runs once inside a task.
import { BigQuery } from "@google-cloud/bigquery";
import { task, workflow } from "windmill-client";

const bq = new BigQuery();
const score = task(async (userId: string) => ({ userId, score: userId.length }));
const store = task(async (row: { userId: string; score: number }) => {
  await bq.dataset("analytics").table("scores").insert([row]);
  return { stored: true };
});

export const main = workflow(async (userId: string) => {
  const s = await score(userId);
  await store(s);
  return s;
});
