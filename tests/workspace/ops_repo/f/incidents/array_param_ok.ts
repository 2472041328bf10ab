// SDK: Windmill's TS parser reads string[] as a list of strings.
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string, labels: string[] = []) => {
  return await openTicket({ title, body: "", labels });
});
