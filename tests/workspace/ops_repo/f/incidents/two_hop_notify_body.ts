// SDK: windmill-client 1.818.0 replays the body; notifyChannel (/f/web/notify.ts) -> post (./http.ts) -> fetch.
import { taskScript, workflow } from "windmill-client";
import { notifyChannel } from "/f/web/notify.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  const ticket = await openTicket({ title, body: "see channel" });
  await notifyChannel("#incidents", `opened ${title}`); // expect: WAC101
  return ticket;
});
