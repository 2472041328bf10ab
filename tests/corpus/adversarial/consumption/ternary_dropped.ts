// SDK: windmill-client 1.818.0 client.mjs: the chosen task is dispatched, but its promise is never awaited, so its failure is only logged.
import { task, workflow } from "windmill-client";

const priorityQueue = task(async (ticket: string) => `p1:${ticket}`);
const standardQueue = task(async (ticket: string) => `p3:${ticket}`);

export const main = workflow(async (ticket: string, vip: boolean) => {
  const routed = vip ? priorityQueue(ticket) : standardQueue(ticket); // expect: WAC106
  return { ticket, vip };
});
