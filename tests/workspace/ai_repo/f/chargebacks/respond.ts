// Respond to a batch of chargeback notifications from the acquirer.
import { step, task, taskFlow, workflow } from "windmill-client";
import { bestEffort } from "/f/ts/safe.ts";
import { submitEvidence } from "/f/ts/tasks.ts";

const evidencePack = taskFlow("f/chargebacks/evidence_pack");

type Notice = { disputeId: string; accountId: string; reasonCode: string; amountCents: number };

const fetchNotices = task(async (acquirer: string): Promise<Notice[]> => {
  const res = await fetch(`https://acquirer.example/${acquirer}/notices?status=open`);
  return (await res.json()) as Notice[];
});

const gatherDocuments = task(async (disputeId: string): Promise<string[]> => {
  const res = await fetch(`https://orders.example/disputes/${disputeId}/documents`);
  return ((await res.json()) as { url: string }[]).map((d) => d.url);
});

export const main = workflow(async (acquirer: string, autoAcceptBelowCents: number = 1500) => {
  const notices = await fetchNotices(acquirer);
  const fought: string[] = [];
  const accepted: string[] = [];
  for (const n of notices) {
    if (n.amountCents < autoAcceptBelowCents) {
      accepted.push(n.disputeId);
      continue;
    }
    const documents = await gatherDocuments(n.disputeId);
    const submitted = await bestEffort(() => submitEvidence(n.disputeId, documents)); // expect: WAC202
    if (submitted) {
      await evidencePack({ dispute_id: n.disputeId, account_id: n.accountId, documents });
      fought.push(n.disputeId);
    }
  }
  return await step("report", () => ({ acquirer, fought, accepted }));
});
