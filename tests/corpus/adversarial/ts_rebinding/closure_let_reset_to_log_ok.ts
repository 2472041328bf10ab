// SDK: windmill-client 1.818.0 client.mjs: `notify` starts as a fetching arrow but is reset to console.log before its only call.
import { task, workflow } from "windmill-client";

const close = task(async (ticket: string) => ({ ticket, closed: true }));

export const main = workflow(async (ticket: string, webhook: string) => {
  let notify = async (msg: string) => {
    await fetch(webhook, { method: "POST", body: msg });
  };
  notify = async (msg: string) => console.log(msg);
  const r = await close(ticket);
  await notify(`closed ${r.ticket}`);
  return r;
});
