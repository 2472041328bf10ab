// SDK: windmill-client 1.818.0 TaskOptions.timeout (seconds) is copied into the dispatched step; the failure comes back as TaskError
import { task, workflow } from "windmill-client";

const scoreLead = task(
  async (leadId: string) => {
    const res = await fetch(`https://ml.internal/lead-score/${leadId}`);
    return ((await res.json()) as { score: number }).score;
  },
  { timeout: 20 },
);

const routeToSales = task(async (leadId: string, score: number) => {
  await fetch(`https://crm.internal/leads/${leadId}/route`, { method: "POST", body: JSON.stringify({ score }) });
  return "sales";
});

const addToNurture = task(async (leadId: string) => {
  await fetch(`https://crm.internal/leads/${leadId}/nurture`, { method: "POST" });
  return "nurture";
});

function isTaskError(e: unknown): e is Error {
  return e instanceof Error && e.name === "TaskError";
}

export const main = workflow(async (leadId: string) => {
  let score = -1;
  try {
    score = await scoreLead(leadId);
  } catch (e) {
    if (!isTaskError(e)) throw e;
  }
  if (score >= 70) return await routeToSales(leadId, score);
  return await addToNurture(leadId);
});
