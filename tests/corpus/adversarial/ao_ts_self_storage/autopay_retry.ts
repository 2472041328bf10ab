// SDK: windmill-client 1.818.0: a failed task rejects with an Error named "TaskError", but the first round's StepSuspend is an Error too; a catch that only acts when the name is "TaskError" and otherwise falls through without rethrowing swallows the suspension
import { sleep, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Invoice = { id: string; tenantId: string; amountCents: number; cardToken: string };

const BILLING = "https://billing.example-storage.com/api";
const RETRY_DAYS = [1, 3, 5];

const charge = task(async (inv: Invoice): Promise<{ chargeId: string }> => {
  const stripe = await wmill.getResource("f/storage/stripe");
  const r = await fetch("https://api.stripe.com/v1/payment_intents", {
    method: "POST",
    headers: { authorization: `Bearer ${stripe.key}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ amount: String(inv.amountCents), currency: "usd", payment_method: inv.cardToken, confirm: "true" }),
  });
  if (!r.ok) throw new Error(`card declined (${r.status})`);
  return { chargeId: ((await r.json()) as { id: string }).id };
});

const markPaid = task(async (invoiceId: string, chargeId: string) => {
  await fetch(`${BILLING}/invoices/${invoiceId}/paid`, { method: "POST", body: JSON.stringify({ chargeId }) });
  return invoiceId;
});

const emailDecline = task(async (tenantId: string, invoiceId: string, attempt: number) => {
  await fetch(`${BILLING}/tenants/${tenantId}/notices`, {
    method: "POST",
    body: JSON.stringify({ kind: "autopay_declined", invoiceId, attempt }),
  });
});

export const main = workflow(async (inv: Invoice) => {
  for (const [i, days] of RETRY_DAYS.entries()) {
    try {
      const { chargeId } = await charge(inv);
      await markPaid(inv.id, chargeId);
      return { invoice: inv.id, paid: true, attempts: i + 1 };
    } catch (e) { // expect: WAC202
      if ((e as Error).name === "TaskError") {
        await emailDecline(inv.tenantId, inv.id, i + 1);
      }
    }
    await sleep(days * 86_400);
  }
  return { invoice: inv.id, paid: false, attempts: RETRY_DAYS.length };
});
