// SDK: windmill-client 1.818.0 wacError.mjs isSuspendSignal: the suspension is recognised by `name === "StepSuspend"`; rethrowing it first is safe.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (customer: string, cents: number) => {
  const res = await fetch("https://pay.example.com/api/charges", {
    method: "POST",
    body: JSON.stringify({ customer, cents }),
  });
  if (!res.ok) throw new Error(`charge ${res.status}`);
  return ((await res.json()) as { id: string }).id;
});

const flagAccount = task(async (customer: string, reason: string) => ({ customer, reason }));

export const main = workflow(async (customer: string, cents: number) => {
  try {
    return { charge: await chargeCard(customer, cents) };
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    await flagAccount(customer, String(e?.message ?? e));
    return { charge: null };
  }
});
