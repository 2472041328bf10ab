// SDK: windmill-client 1.818.0 workflow(): the body re-runs from the top after each task; a tagged template on f/kit/db.ts's postgres.js client sends the query each time.
import { step, task, workflow } from "windmill-client";
import { scoreBucket, sql } from "/f/kit/db.ts";

const scoreLead = task(async function scoreLead(leadId: string, signals: string[]) {
  const r = await fetch("https://scoring.internal/v2/score", {
    method: "POST",
    body: JSON.stringify({ leadId, signals }),
  });
  return (await r.json()) as { score: number };
});

export const main = workflow(async (leads: { id: string; signals: string[] }[]) => {
  const buckets: Record<string, string[]> = { hot: [], warm: [], cold: [] };
  for (const lead of leads) {
    const { score } = await scoreLead(lead.id, lead.signals);
    buckets[scoreBucket(score)].push(lead.id);
    await sql`update leads set score = ${score} where id = ${lead.id}`; // expect: WAC101
  }
  return await step("buckets", () => buckets);
});
