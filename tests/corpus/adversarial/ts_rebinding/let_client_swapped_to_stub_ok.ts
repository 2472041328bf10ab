// SDK: windmill-client 1.818.0 client.mjs: axios.create() sends nothing; the client is replaced by a local stub before any call, so the body only calls the stub.
import axios from "axios";
import { task, workflow } from "windmill-client";

const build = task(async (id: string) => ({ id, total: 10 }));

export const main = workflow(async (id: string) => {
  let http: { post: (url: string, body: unknown) => Promise<unknown> } = axios.create({ baseURL: "https://ledger.example.com" });
  http = { post: async (_url: string, body: unknown) => body };
  const inv = await build(id);
  await http.post("/invoices", inv);
  return inv;
});
