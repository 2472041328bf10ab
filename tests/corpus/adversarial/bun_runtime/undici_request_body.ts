// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; undici's request is network I/O done again each round.
import { request } from "undici";
import { task, workflow } from "windmill-client";

const store = task(async (status: number) => ({ status }));

export const main = workflow(async (url: string) => {
  const { statusCode } = await request(url, { method: "HEAD" }); // expect: WAC101
  return await store(statusCode);
});
