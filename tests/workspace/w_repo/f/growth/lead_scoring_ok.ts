// SDK: windmill-client 1.818.0 step(): the callback runs once and is replayed from the checkpoint; scoreBucket (f/kit/db.ts) is pure.
import { step, task, workflow } from "windmill-client";
import { scoreBucket, sql } from "/f/kit/db.ts";

const scoreLead = task(async function scoreLead(leadId: string, signals: string[]) {
  const r = await fetch("https://scoring.internal/v2/score", {
    method: "POST",
    body: JSON.stringify({ leadId, signals }),
  });
  return (await r.json()) as { score: number };
});

const saveScore = task(async function saveScore(leadId: string, score: number) {
  await sql`update leads set score = ${score} where id = ${leadId}`;
  return leadId;
});

export const main = workflow(async (leads: { id: string; signals: string[] }[]) => {
  const buckets: Record<string, string[]> = { hot: [], warm: [], cold: [] };
  for (const lead of leads) {
    const { score } = await scoreLead(lead.id, lead.signals);
    buckets[scoreBucket(score)].push(lead.id);
    await saveScore(lead.id, score);
  }
  const hot = await step("hot_count", async () => {
    const rows = await sql`select count(*) as n from leads where score >= 80`;
    return Number(rows[0].n);
  });
  return { buckets, hot };
});
