// SDK: windmill-client 1.818.0; slugify, imported then exported by /f/web/api.ts, is pure.
import { taskScript, workflow } from "windmill-client";
import { slugify } from "/f/web/api.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  return await openTicket({ title, body: "", labels: [slugify(title)] });
});
