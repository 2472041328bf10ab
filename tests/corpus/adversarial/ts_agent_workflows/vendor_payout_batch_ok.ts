// SDK: windmill-client 1.818.0 client.mjs / wacError.mjs: a payout batch written correctly with many libraries around it: zod parses the input (constant defaults), dayjs formats input dates, lodash groups, p-map fans tasks out (awaited), the approval is keyed with URLs minted in a step, task failures are handled by name and everything else is rethrown.
import dayjs from "dayjs";
import _ from "lodash";
import pMap from "p-map";
import { z } from "zod";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const Payout = z.object({
  vendorId: z.string().min(1),
  currency: z.enum(["EUR", "USD", "GBP"]).default("EUR"),
  cents: z.number().int().positive(),
  periodEnd: z.string(),
});
type Payout = z.infer<typeof Payout>;

const verifyBankAccount = task(async (vendorId: string) => {
  const r = await fetch(`https://vendors.example.com/api/${vendorId}/bank`);
  return (await r.json()) as { verified: boolean; iban?: string };
});

const sendPayout = task(
  async (vendorId: string, currency: string, cents: number, reference: string) => {
    const r = await fetch("https://payments.example.com/api/payouts", { method: "POST", body: JSON.stringify({ vendorId, currency, cents, reference }) });
    if (!r.ok) throw new Error(`payout ${r.status}`);
    return (await r.json()) as { payoutId: string };
  },
  { timeout: 300, retry: { attempts: 2, delay: 60 } },
);

const postSummary = task(async (channel: string, text: string) => {
  await fetch("https://hooks.slack.com/services/T000/B000/XXX", { method: "POST", body: JSON.stringify({ channel, text }) });
  return { posted: true };
});

function isTaskError(e: unknown): e is Error {
  return e instanceof Error && e.name === "TaskError";
}

export const main = workflow(async (rawPayouts: unknown[], approver: string, channel: string = "#finance") => {
  const payouts: Payout[] = rawPayouts.map((p) => Payout.parse(p));
  const byCurrency = _.groupBy(payouts, "currency");
  const totals = _.mapValues(byCurrency, (list) => _.sumBy(list, "cents"));

  const checks = await pMap(_.uniq(payouts.map((p) => p.vendorId)), (id) => verifyBankAccount(id), { concurrency: 4 });
  const unverified = checks.filter((c) => !c.verified).length;
  if (unverified > 0) return { error: `${unverified} vendors have unverified bank accounts` };

  const urls = await step("approval_urls", () => getApprovalUrls("finance"));
  await postSummary(channel, `Payout batch ${JSON.stringify(totals)} awaiting ${approver}: ${urls.resume}`);
  const decision = await waitForApproval({ key: "finance", timeout: 172800 });
  if (!decision.approved) return { approved: false };

  const results = [];
  for (const p of _.sortBy(payouts, ["currency", "vendorId"])) {
    const reference = `${p.vendorId}-${dayjs(p.periodEnd).format("YYYYMM")}`;
    try {
      results.push({ ...p, ...(await sendPayout(p.vendorId, p.currency, p.cents, reference)) });
    } catch (e) {
      if (!isTaskError(e)) throw e;
      results.push({ ...p, failed: e.message });
    }
  }
  const failed = results.filter((r) => "failed" in r).length;
  await postSummary(channel, `Payouts sent: ${results.length - failed}, failed: ${failed}`);
  return { approved: true, sent: results.length - failed, failed };
});
