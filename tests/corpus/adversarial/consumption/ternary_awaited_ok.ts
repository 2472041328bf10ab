// SDK: windmill-client 1.818.0 client.mjs: only the chosen task is called, and its promise is awaited.
import { task, workflow } from "windmill-client";

const priorityQueue = task(async (ticket: string) => `p1:${ticket}`);
const standardQueue = task(async (ticket: string) => `p3:${ticket}`);

export const main = workflow(async (ticket: string, vip: boolean) => {
  const routed = await (vip ? priorityQueue(ticket) : standardQueue(ticket));
  return { routed };
});
