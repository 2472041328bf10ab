// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the escalation helper chosen by `switch (true)` opens a Jira issue in the body, once per replay.
import { task, workflow } from "windmill-client";

async function openTicket(summary: string) {
  const r = await fetch("https://acme.atlassian.net/rest/api/3/issue", {
    method: "POST",
    body: JSON.stringify({ fields: { summary, project: { key: "OPS" } } }),
  });
  return (await r.json()).key as string;
}

const score = task(async (invoiceId: string) => ({ invoiceId, amount: 1800 }));
const approveAuto = task(async (invoiceId: string) => ({ invoiceId, approved: true }));

export const main = workflow(async (invoiceId: string) => {
  const inv = await score(invoiceId);
  switch (true) {
    case inv.amount > 1000:
      return { ticket: await openTicket(`review invoice ${invoiceId}`) }; // expect: WAC101
    case inv.amount > 0:
      return await approveAuto(invoiceId);
    default:
      return { skipped: true };
  }
});
