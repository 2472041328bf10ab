// SDK: windmill-client 1.818.0 client.mjs: a task call only dispatches when its promise is awaited or collected; `cond && task(x)` as a statement drops the promise; Bun.write in the body writes again on every replay.
import { sleep, step, task, workflow } from "windmill-client";

type Customer = { id: string; email: string; plan: string; monthsActive: number; mrrCents: number };

const OFFER_WAIT_S = 5 * 24 * 3600;

const churnScore = task(async (customerId: string) => {
  const res = await fetch(`https://ml.internal/churn/${customerId}`);
  return ((await res.json()) as { score: number }).score;
});

const sendOffer = task(async (email: string, discountPct: number) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "winback", vars: { discountPct } }),
  });
  return discountPct;
});

const flagForCsm = task(async (customerId: string, mrrCents: number) => {
  await fetch("https://crm.internal/api/tasks", {
    method: "POST",
    body: JSON.stringify({ customerId, type: "churn-risk", value: mrrCents }),
  });
});

const acceptedOffer = task(async (customerId: string) => {
  const res = await fetch(`https://billing.internal/api/customers/${customerId}/coupons`);
  return ((await res.json()) as { active: boolean }).active;
});

function discountFor(c: Customer): number {
  if (c.monthsActive > 24) return 30;
  return c.plan === "enterprise" ? 25 : 15;
}

export const main = workflow(async (customers: Customer[]) => {
  const atRisk: Customer[] = [];
  for (const c of customers) {
    const score = await churnScore(c.id);
    if (score > 0.7) atRisk.push(c);
  }

  for (const c of atRisk) {
    await sendOffer(c.email, discountFor(c));
    c.mrrCents > 100_000 && flagForCsm(c.id, c.mrrCents); // expect: WAC106
  }

  await Bun.write("/tmp/winback_targets.json", JSON.stringify(atRisk.map((c) => c.id))); // expect: WAC101
  await sleep(OFFER_WAIT_S);

  const accepted: string[] = [];
  for (const c of atRisk) {
    if (await acceptedOffer(c.id)) accepted.push(c.id);
  }
  const rate = await step("win_rate", () => (atRisk.length ? accepted.length / atRisk.length : 0));
  return { targeted: atRisk.length, accepted, rate };
});
