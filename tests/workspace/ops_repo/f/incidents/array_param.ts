// SDK: Windmill's TS parser reads Array<string> as a resource of type `array` (checked with windmill-oracle sig).
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string, labels: Array<string>) => { // expect: WAC902
  return await openTicket({ title, body: "", labels });
});
