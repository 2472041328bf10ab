// SDK: Windmill's TS parser reads Record<string, number> as a resource of type `record` (windmill-oracle sig).
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string, weights: Record<string, number>) => { // expect: WAC902
  return await openTicket({ title, body: JSON.stringify(weights) });
});
