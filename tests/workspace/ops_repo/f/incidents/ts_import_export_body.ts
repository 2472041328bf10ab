// SDK: windmill-client 1.818.0 replays the body; /f/web/api.ts imports post (fetch) and exports it as deliver.
import { taskScript, workflow } from "windmill-client";
import { deliver } from "/f/web/api.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  await deliver("/audit", { title }); // expect: WAC101
  return await openTicket({ title, body: "" });
});
