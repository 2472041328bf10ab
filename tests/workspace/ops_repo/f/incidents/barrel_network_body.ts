// SDK: windmill-client 1.818.0 replays the body; /f/web/index.ts re-exports post from ./http.ts (fetch).
import { workflow, taskScript } from "windmill-client";
import { post, slugify } from "/f/web/index.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  await post("/audit", { event: "ticket", slug: slugify(title) }); // expect: WAC101
  return await openTicket({ title, body: "opened by workflow" });
});
