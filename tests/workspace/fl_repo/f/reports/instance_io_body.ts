import { workflow } from "windmill-client";
import { crm } from "/f/common/crm.ts";

export const main = workflow(async (name: string) => {
  return await crm.push({ name }); // expect: WAC101
});
