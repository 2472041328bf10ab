// SDK: windmill-client 1.818.0 taskScript with several arguments sends them as arg0, arg1 (not title/body).
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string, body: string) => {
  return await openTicket(title, body); // expect: WAC301
});
