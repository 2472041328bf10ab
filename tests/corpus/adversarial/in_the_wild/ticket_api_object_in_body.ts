// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a method of a module-level object of arrow helpers that calls fetch posts again each round.
import { task, workflow } from "windmill-client";

const BASE = "https://tickets.example.com/api";

const api = {
  get: (path: string) => fetch(`${BASE}${path}`).then((r) => r.json()),
  post: async (path: string, body: unknown) => {
    const r = await fetch(`${BASE}${path}`, { method: "POST", body: JSON.stringify(body) });
    return r.json();
  },
};

const classify = task(async (text: string) => (text.includes("refund") ? "billing" : "support"));

export const main = workflow(async (subject: string, text: string) => {
  const queue = await classify(text);
  const ticket = await api.post("/tickets", { subject, queue }); // expect: WAC101
  return { ticket, queue };
});
