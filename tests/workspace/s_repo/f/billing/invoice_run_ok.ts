// SDK: windmill-client 1.818.0 step(name, fn): the POST runs once and its result is checkpointed
import { step, task, workflow } from "windmill-client";
import { authHeaders, postJson, toQuery } from "/f/lib/net.ts";

const loadUsage = task(async (customerId: string, period: string) => {
  const res = await fetch(`https://metering.internal/usage?${toQuery({ customerId, period })}`);
  return (await res.json()) as { units: number; unitCents: number };
});

export const main = workflow(async (customerId: string, period: string, ledgerUrl: string, token: string) => {
  const usage = await loadUsage(customerId, period);
  const amountCents = usage.units * usage.unitCents;
  const headers = authHeaders(token);
  const entry = await step("ledger_entry", () =>
    postJson<{ id: string }>(ledgerUrl, { customerId, period, amountCents }, token),
  );
  return { entry: entry.id, amountCents, auth: "Authorization" in headers };
});
