// SDK: windmill-client 1.818.0; taskScript calls started together and awaited with Promise.all.
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (titles: string[]) => {
  const tickets = await Promise.all(titles.map((title) => openTicket({ title, body: "batch" })));
  return tickets.length;
});
