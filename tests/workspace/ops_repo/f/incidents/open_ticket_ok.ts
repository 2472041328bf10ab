// SDK: windmill-client 1.818.0 taskScript wrapper sends its single object argument as the child's args.
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket", { timeout: 300 });

export const main = workflow(async (title: string, details: string) => {
  const ticket = await openTicket({ title, body: details, labels: ["incident"] });
  return ticket;
});
