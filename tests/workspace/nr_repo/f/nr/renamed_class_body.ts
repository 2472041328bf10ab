import { workflow } from "windmill-client";
import { Crm } from "/f/lib/crm_index.ts";

export const main = workflow(async (base: string, id: string) => {
  const crm = new Crm(base);
  await crm.push({ id }); // expect: WAC101
  return crm.describe();
});
