// SDK: windmill-client 1.818.0 client.mjs: the body replays; `notify` is reassigned to a fetching arrow before it is called.
import { task, workflow } from "windmill-client";

const close = task(async (ticket: string) => ({ ticket, closed: true }));

export const main = workflow(async (ticket: string, webhook: string) => {
  let notify = async (msg: string) => console.log(msg);
  if (webhook) {
    notify = async (msg: string) => {
      await fetch(webhook, { method: "POST", body: msg });
    };
  }
  const r = await close(ticket);
  await notify(`closed ${r.ticket}`); // expect: WAC101
  return r;
});
