// SDK: windmill-client 1.818.0 taskScript sends the object as args; f/ops/open_ticket requires `body`.
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  return await openTicket({ title, labels: ["incident"] }); // expect: WAC402
});
