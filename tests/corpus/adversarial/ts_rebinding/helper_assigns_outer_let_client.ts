// SDK: windmill-client 1.818.0 client.mjs: the body replays; a helper the body calls swaps the `let` stub for an axios instance before the post.
import axios from "axios";
import { task, workflow } from "windmill-client";

const build = task(async (id: string) => ({ id }));

export const main = workflow(async (id: string, base: string) => {
  let client: { post: (u: string, b: unknown) => Promise<unknown> } = { post: async () => null };
  function connect() {
    client = axios.create({ baseURL: base });
  }
  connect();
  const ev = await build(id);
  await client.post("/events", ev); // expect: WAC101
  return ev;
});
