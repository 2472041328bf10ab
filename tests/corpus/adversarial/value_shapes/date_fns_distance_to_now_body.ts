// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; formatDistanceToNow reads the clock, so the text sent changes between rounds.
import { formatDistanceToNow } from "date-fns";
import { task, workflow } from "windmill-client";

const notify = task(async (text: string) => ({ text }));

export const main = workflow(async (title: string, createdAt: string) => {
  const age = formatDistanceToNow(new Date(createdAt)); // expect: WAC102
  return await notify(`${title} opened ${age} ago`);
});
