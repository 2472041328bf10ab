// SDK: windmill-client 1.818.0 wacError.mjs: a task's failure is an Error named "TaskError"; the handler reads the caught value through a cast alias and rethrows anything else (the StepSuspend included). (A task call returns a bare thenable: `.catch` on it would be a TypeError.)
import { task, workflow } from "windmill-client";

const enrich = task(async (leadId: string) => ({ leadId, company: "Acme" }));
const score = task(async (leadId: string) => ({ leadId, score: 50 }));

export const main = workflow(async (leadId: string) => {
  let company: string | null = null;
  try {
    company = (await enrich(leadId)).company;
  } catch (e) {
    const err = e as Error;
    if (err.name !== "TaskError") throw err;
    company = null;
  }
  const scored = await score(leadId);
  return { company, score: scored.score };
});
