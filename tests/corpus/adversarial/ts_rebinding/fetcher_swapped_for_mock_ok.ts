// SDK: windmill-client 1.818.0 client.mjs: `get` starts as global fetch but is replaced by a local mock before its only call.
import { task, workflow } from "windmill-client";

const save = task(async (body: string) => body.length);

export const main = workflow(async (url: string) => {
  let get: (u: string) => Promise<{ text: () => Promise<string> }> = fetch;
  get = async (u: string) => ({ text: async () => `mock:${u}` });
  const res = await get(url);
  return await save(await res.text());
});
