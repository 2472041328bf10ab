// SDK: windmill-client 1.818.0 replays the body; web.post (/f/web/http.ts, imported whole) calls fetch.
import { taskScript, workflow } from "windmill-client";
import * as web from "/f/web/http.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  await web.post("/audit", { title }); // expect: WAC101
  return await openTicket({ title, body: "" });
});
