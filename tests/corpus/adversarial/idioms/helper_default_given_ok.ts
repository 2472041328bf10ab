// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; the default `new Date()` is never evaluated because the caller passes a date parsed from the input.
import { task, workflow } from "windmill-client";

function periodLabel(kind: "month" | "quarter", at: Date = new Date()): string {
  const m = at.getUTCMonth();
  return kind === "month" ? `${at.getUTCFullYear()}-${m + 1}` : `${at.getUTCFullYear()}-Q${Math.floor(m / 3) + 1}`;
}

const closeBooks = task(async function closeBooks(period: string) {
  return { period, closed: true };
});

export const main = workflow(async (asOf: string, kind: "month" | "quarter" = "month") => {
  const period = periodLabel(kind, new Date(asOf));
  return await closeBooks(period);
});
