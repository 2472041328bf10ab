// SDK: Windmill's TS parser reads string-literal unions as enums, `T | undefined` as optional T,
// and object literal types as objects (windmill-oracle sig).
import { taskScript, workflow } from "windmill-client";

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(
  async (
    title: string,
    priority: "p1" | "p2" | "p3" = "p2",
    assignee: string | undefined = undefined,
    extra: { labels: string[]; component: string } = { labels: [], component: "core" },
  ) => {
    return await openTicket({ title, body: priority, labels: extra.labels, assignee });
  },
);
