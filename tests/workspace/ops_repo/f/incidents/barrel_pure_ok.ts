// SDK: windmill-client 1.818.0; slugify / truncate (re-exported by /f/web/index.ts) are pure.
import { taskScript, workflow } from "windmill-client";
import { slugify, truncate } from "/f/web/index.ts";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string, body: string) => {
  const slug = slugify(title);
  return await openTicket({ title: truncate(title, 80), body, labels: [slug] });
});
