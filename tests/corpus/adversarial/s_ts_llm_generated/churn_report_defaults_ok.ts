// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the computed default is captured once), workflow()
import { step, task, workflow } from "windmill-client";
import { z } from "zod";

/**
 * Schema for validated report options.
 */
const ReportOptions = z.object({
  plan: z.enum(["starter", "growth", "enterprise"]),
  since: z.string().datetime(),
  limit: z.number().int().positive().max(1000),
});

type ReportOptions = z.infer<typeof ReportOptions>;

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

const queryChurned = task(async (opts: ReportOptions) => {
  const res = await fetch("https://analytics.internal/api/churn", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(opts),
  });
  return (await res.json()) as { accountId: string; mrrCents: number }[];
});

const emailReport = task(async (to: string, rows: { accountId: string; mrrCents: number }[]) => {
  const res = await fetch("https://mailer.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, subject: "Churn report", rows }),
  });
  return res.ok;
});

/**
 * Formats a cents amount for the summary line.
 */
const formatCents = (cents: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);

/**
 * Generates a churn report for the given plan.
 *
 * @param since - ISO date to start from (empty: 30 days before the run started)
 */
export const main = workflow(async (
  plan: "starter" | "growth" | "enterprise",
  recipient: string,
  since: string = "",
  limit: number = 200,
) => {
  const from = since || (await step("default_since", () => new Date(Date.now() - THIRTY_DAYS_MS).toISOString()));
  const options = ReportOptions.parse({ plan, since: from, limit });
  const rows = await queryChurned(options);
  const total = rows.reduce((sum, r) => sum + r.mrrCents, 0);
  const sent = await emailReport(recipient, rows);
  return { plan, since: from, count: rows.length, total: formatCents(total), sent };
});
