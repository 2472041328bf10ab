// SDK: windmill-client 1.818.0 client.mjs: the body is replayed after every task; the streaming insert into BigQuery in the body is sent again each round.
import { BigQuery } from "@google-cloud/bigquery";
import { task, workflow } from "windmill-client";

const bq = new BigQuery();
const score = task(async (userId: string) => ({ userId, score: userId.length }));

export const main = workflow(async (userId: string) => {
  const s = await score(userId);
  await bq.dataset("analytics").table("scores").insert([s]); // expect: WAC101
  return s;
});
