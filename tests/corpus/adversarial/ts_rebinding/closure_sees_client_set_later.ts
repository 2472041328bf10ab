// SDK: windmill-client 1.818.0 client.mjs: the body replays; the closure reads `client` when it runs, after it became an axios instance.
import axios from "axios";
import { task, workflow } from "windmill-client";

const build = task(async (id: string) => ({ id }));

export const main = workflow(async (id: string, base: string) => {
  let client: { post: (u: string, b: unknown) => Promise<unknown> } = { post: async () => null };
  const send = (body: unknown) => client.post("/events", body);
  client = axios.create({ baseURL: base });
  const ev = await build(id);
  await send(ev); // expect: WAC101
  return ev;
});
