// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; Bun.fetch in the body sends the request again every replay.
import { task, workflow } from "windmill-client";

const store = task(async (body: string) => ({ bytes: body.length }));

export const main = workflow(async (url: string) => {
  const res = await Bun.fetch(url); // expect: WAC101
  return await store(await res.text());
});
