// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; every hook of the table runs in the body, and the audit hook posts each replay.
import { task, workflow } from "windmill-client";

const hooks = {
  log: async (event: string) => console.log("event", event),
  audit: async (event: string) => {
    await fetch("https://audit.example.com/events", { method: "POST", body: event });
  },
};

const close = task(async (ticket: string) => ({ ticket, closed: true }));

export const main = workflow(async (ticket: string) => {
  const r = await close(ticket);
  for (const hook of Object.values(hooks)) await hook(`closed ${ticket}`); // expect: WAC101
  return r;
});
