// SDK: windmill-client 1.818.0 workflow()/task(); /f/lib/net.ts postJson calls fetch
import { task, workflow } from "windmill-client";
import { authHeaders, postJson } from "/f/lib/net.ts";

const loadUsage = task(async (customerId: string, period: string) => {
  const res = await fetch(`https://metering.internal/usage/${customerId}?period=${period}`);
  return (await res.json()) as { units: number; unitCents: number };
});

export const main = workflow(async (customerId: string, period: string, ledgerUrl: string, token: string) => {
  const usage = await loadUsage(customerId, period);
  const amountCents = usage.units * usage.unitCents;
  const headers = authHeaders(token);
  if (amountCents === 0) {
    return { skipped: true, headers: Object.keys(headers) };
  }
  const entry = await postJson<{ id: string }>(ledgerUrl, { customerId, period, amountCents }, token); // expect: WAC101
  return { entry: entry.id, amountCents };
});
