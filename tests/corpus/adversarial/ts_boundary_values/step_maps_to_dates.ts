// SDK: windmill-client 1.818.0 client.mjs step(): the array of Dates the callback returns comes back as ISO strings (Date.prototype.toJSON), so `d.getTime()` in the body throws TypeError.
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
  const dates = await step("parse", () => rows.map((r) => new Date(r.renewsAt))); // expect: WAC107
  const cutoff = Date.parse(asOf) + 7 * 86_400_000;
  const due = dates.filter((d) => d.getTime() <= cutoff);
  for (const d of due) await remind(accountId, d.toISOString());
  return { reminded: due.length };
});
