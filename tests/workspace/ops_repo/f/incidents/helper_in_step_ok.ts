// SDK: windmill-client 1.818.0 step(name, fn) runs fn once and checkpoints its value.
import { step, taskScript, workflow } from "windmill-client";
import { post } from "/f/web/http.ts";
import { notifyChannel } from "/f/web/notify.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  const audit = await step("audit", () => post("/audit", { title }));
  const ticket = await openTicket({ title, body: JSON.stringify(audit) });
  await step("announce", async () => notifyChannel("#incidents", `opened ${title}`));
  return ticket;
});
