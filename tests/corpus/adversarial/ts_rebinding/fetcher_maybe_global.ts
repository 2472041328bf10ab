// SDK: windmill-client 1.818.0 client.mjs: the body replays; `get` is the global fetch unless a mock is configured.
import { task, workflow } from "windmill-client";

const save = task(async (body: string) => body.length);

export const main = workflow(async (url: string, mock: boolean) => {
  let get: (u: string) => Promise<{ text: () => Promise<string> }> = fetch;
  if (mock) get = async (u: string) => ({ text: async () => `mock:${u}` });
  const res = await get(url); // expect: WAC101
  return await save(await res.text());
});
