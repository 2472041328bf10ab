// SDK: windmill-client 1.818.0 client.mjs: a helper object's methods called inside a task run in the task's job, once; reading a constant field of it in the body does no I/O.
import { task, workflow } from "windmill-client";

const api = {
  base: "https://tickets.example.com/api",
  post: async (path: string, body: unknown) => {
    const r = await fetch(`${api.base}${path}`, { method: "POST", body: JSON.stringify(body) });
    return r.json();
  },
};

const classify = task(async (text: string) => (text.includes("refund") ? "billing" : "support"));
const openTicket = task(async (subject: string, queue: string) => api.post("/tickets", { subject, queue }));

export const main = workflow(async (subject: string, text: string) => {
  const queue = await classify(text);
  return { ticket: await openTicket(subject, queue), queue, base: api.base };
});
