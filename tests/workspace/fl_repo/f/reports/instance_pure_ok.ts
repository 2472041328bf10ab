import { task, workflow } from "windmill-client";
import { crm } from "/f/common/crm.ts";

const push = task(async (name: string) => await crm.push({ name }));

export const main = workflow(async (name: string) => {
  const status = await push(name);
  return { status, link: crm.route(name) };
});
