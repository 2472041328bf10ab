// SDK: windmill-client 1.818.0 client.mjs _nextStep: a taskScript call's thenable resolves with the recorded result or raises the suspension in the first job of the race, so the timer never wins (WAC108: taskScript(path, { timeout }) is the bound).
import { task, taskScript, workflow } from "windmill-client";

const enrich = taskScript("f/crm/enrich_lead");
const store = task(async (lead: string, data: unknown) => ({ lead, data }));

const deadline = (ms: number) =>
  new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

export const main = workflow(async (lead: string) => {
  const data = await Promise.race([enrich({ lead }), deadline(45_000)]); // expect: WAC108
  return await store(lead, data ?? { partial: true });
});
