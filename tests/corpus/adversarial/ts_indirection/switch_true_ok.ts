// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `switch (true)` dispatching to tasks takes the same branch on replay (the score is checkpointed) and each task runs once.
import { task, workflow } from "windmill-client";

const openTicket = task(async (summary: string) => {
  const r = await fetch("https://acme.atlassian.net/rest/api/3/issue", {
    method: "POST",
    body: JSON.stringify({ fields: { summary, project: { key: "OPS" } } }),
  });
  return (await r.json()).key as string;
});
const score = task(async (invoiceId: string) => ({ invoiceId, amount: 1800 }));
const approveAuto = task(async (invoiceId: string) => ({ invoiceId, approved: true }));

export const main = workflow(async (invoiceId: string) => {
  const inv = await score(invoiceId);
  switch (true) {
    case inv.amount > 1000:
      return { ticket: await openTicket(`review invoice ${invoiceId}`) };
    case inv.amount > 0:
      return await approveAuto(invoiceId);
    default:
      return { skipped: true };
  }
});
