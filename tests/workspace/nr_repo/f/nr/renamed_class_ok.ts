import { task, workflow } from "windmill-client";
import { Crm } from "/f/lib/crm_index.ts";

const push = task(async (base: string, id: string) => {
  await new Crm(base).push({ id });
});

export const main = workflow(async (base: string, id: string) => {
  await push(base, id);
  return new Crm(base).describe();
});
