// SDK: windmill-client 1.818.0 client.mjs step(): the callback returns epoch milliseconds (numbers survive JSON) and the body compares numbers.
import { step, task, workflow } from "windmill-client";

const loadRenewals = task(async (accountId: string) => {
  const res = await fetch(`https://subscriptions.example.com/accounts/${accountId}/renewals`);
  return (await res.json()) as { renewsAt: string }[];
});

const remind = task(async (accountId: string, renewsAt: string) => {
  await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ accountId, template: "renewal", renewsAt }),
  });
  return true;
});

export const main = workflow(async (accountId: string, asOf: string) => {
  const rows = await loadRenewals(accountId);
  const times = await step("parse", () => rows.map((r) => new Date(r.renewsAt).getTime()));
  const cutoff = Date.parse(asOf) + 7 * 86_400_000;
  const due = times.filter((t) => t <= cutoff);
  for (const t of due) await remind(accountId, new Date(t).toISOString());
  return { reminded: due.length };
});
