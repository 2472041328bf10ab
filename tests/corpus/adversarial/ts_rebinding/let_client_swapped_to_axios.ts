// SDK: windmill-client 1.818.0 client.mjs: the body replays after each task; a client reassigned to axios in the body posts on every replay.
import axios from "axios";
import { task, workflow } from "windmill-client";

const build = task(async (id: string) => ({ id, total: 10 }));

export const main = workflow(async (id: string, live: boolean) => {
  let http: { post: (url: string, body: unknown) => Promise<unknown> } = { post: async () => null };
  if (live) {
    http = axios.create({ baseURL: "https://ledger.example.com" });
  }
  const inv = await build(id);
  await http.post("/invoices", inv); // expect: WAC101
  return inv;
});
