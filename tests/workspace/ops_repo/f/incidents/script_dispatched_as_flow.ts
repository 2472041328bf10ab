// SDK: windmill-client 1.818.0 taskFlow dispatches with "flow"; f/ops/open_ticket is a script (open_ticket.ts).
import { taskFlow, workflow } from "windmill-client";

const openTicket = taskFlow("f/ops/open_ticket"); // expect: WAC401

export const main = workflow(async (title: string, body: string) => {
  return await openTicket({ title, body });
});
