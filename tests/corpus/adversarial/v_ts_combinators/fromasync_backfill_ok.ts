// SDK: windmill-client 1.818.0 task calls return {then}; Array.fromAsync awaits each mapped value before calling the mapper on the next item, so keys are drawn in item order
// Backfill of customer health scores, one task per account, strictly sequential.
import { task, workflow } from "windmill-client";

type Account = { id: string; plan: "free" | "team" | "enterprise" };

const scoreAccount = task(async (accountId: string, plan: string) => {
  const r = await fetch(`https://analytics.internal/health/${accountId}?plan=${plan}`);
  const j = (await r.json()) as { score: number; signals: string[] };
  return { accountId, score: j.score, signals: j.signals };
});

const writeScores = task(async (rows: { accountId: string; score: number }[]) => {
  await fetch("https://crm.internal/bulk/health", { method: "POST", body: JSON.stringify({ rows }) });
  return rows.length;
});

export const main = workflow(async (accounts: Account[]) => {
  const paid = accounts.filter((a) => a.plan !== "free");
  const scored = await Array.fromAsync(paid, (a) => scoreAccount(a.id, a.plan));
  const written = await writeScores(scored.map((s) => ({ accountId: s.accountId, score: s.score })));
  const atRisk = scored.filter((s) => s.score < 40).map((s) => s.accountId);
  return { written, atRisk };
});
