// SDK: windmill-client 1.818.0 a task thenable settles at once (suspension or checkpointed result), so racing one task against a timer picks the task every round (no WAC105); the timer promise is awaited through the race and waits in the body (in a child round the task itself runs and the timer can win)
import { task, workflow } from "windmill-client";

async function withDeadline<T>(work: PromiseLike<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([Promise.resolve(work), expired]);
  } finally {
    clearTimeout(timer);
  }
}

const scoreLead = task(async (leadId: string) => {
  const res = await fetch(`https://ml.internal/lead-score/${leadId}`);
  return ((await res.json()) as { score: number }).score;
});

const routeToSales = task(async (leadId: string, score: number) => {
  await fetch(`https://crm.internal/leads/${leadId}/route`, { method: "POST", body: JSON.stringify({ score }) });
  return "sales";
});

const addToNurture = task(async (leadId: string) => {
  await fetch(`https://crm.internal/leads/${leadId}/nurture`, { method: "POST" });
  return "nurture";
});

export const main = workflow(async (leadId: string) => {
  const score = await withDeadline(scoreLead(leadId), 20_000, -1); // expect: WAC101
  if (score >= 70) return await routeToSales(leadId, score);
  return await addToNurture(leadId);
});
