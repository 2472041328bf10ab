// SDK: windmill-client 1.818.0 replays the body; "/f/web/http" is the same workspace script as "/f/web/http.ts".
import { taskScript, workflow } from "windmill-client";
import { post } from "/f/web/http";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  await post("/audit", { title }); // expect: WAC101
  return await openTicket({ title, body: "" });
});
