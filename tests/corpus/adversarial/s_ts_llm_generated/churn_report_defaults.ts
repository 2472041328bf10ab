// SDK: windmill-client 1.818.0 client.mjs workflow() (the function is the entry point; each round calls it again with the same args, so a default evaluates again)
import { task, workflow } from "windmill-client";
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

/**
 * Queries the analytics warehouse for churned accounts.
 */
const queryChurned = task(async (opts: ReportOptions) => {
  const res = await fetch("https://analytics.internal/api/churn", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(opts),
  });
  return (await res.json()) as { accountId: string; mrrCents: number }[];
});

/**
 * Emails the report to the revenue team.
 */
const emailReport = task(async (to: string, rows: { accountId: string; mrrCents: number }[]) => {
  const res = await fetch("https://mailer.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, subject: "Churn report", rows }),
  });
  return res.ok;
});

/**
 * Generates a churn report for the given plan.
 *
 * @param plan - Pricing plan to report on
 * @param since - ISO date to start from (defaults to 30 days ago)
 * @param limit - Maximum number of rows
 */
export const main = workflow(async (
  plan: "starter" | "growth" | "enterprise",
  recipient: string,
  since: string = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString(), // expect: WAC102
  limit: number = 200,
) => {
  const options = ReportOptions.parse({ plan, since, limit });
  const rows = await queryChurned(options);
  const totalMrrCents = rows.reduce((sum, r) => sum + r.mrrCents, 0);
  const sent = await emailReport(recipient, rows);
  return { plan, since: options.since, count: rows.length, totalMrrCents, sent };
});
