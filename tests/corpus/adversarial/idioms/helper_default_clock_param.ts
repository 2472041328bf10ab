// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs after each task; `periodLabel(kind)` evaluates its default `new Date()` in the body on every replay.
import { task, workflow } from "windmill-client";

function periodLabel(kind: "month" | "quarter", at: Date = new Date()): string {
  const m = at.getUTCMonth();
  return kind === "month" ? `${at.getUTCFullYear()}-${m + 1}` : `${at.getUTCFullYear()}-Q${Math.floor(m / 3) + 1}`;
}

const closeBooks = task(async function closeBooks(period: string) {
  return { period, closed: true };
});

export const main = workflow(async (kind: "month" | "quarter" = "month") => {
  const period = periodLabel(kind); // expect: WAC102
  return await closeBooks(period);
});
