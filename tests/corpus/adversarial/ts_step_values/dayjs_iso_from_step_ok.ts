// SDK: windmill-client 1.818.0 client.mjs: the step returns the ISO string (what JSON keeps anyway) and the body rebuilds the dayjs value from it, the same every replay.
import dayjs from "dayjs";
import { step, task, workflow } from "windmill-client";

const book = task(async (resource: string, from: string, to: string) => ({ resource, from, to }));

export const main = workflow(async (resource: string, days: number = 3) => {
  const startIso = await step("start", () => dayjs().startOf("day").toISOString());
  const start = dayjs(startIso);
  const end = start.add(days, "day");
  return await book(resource, start.toISOString(), end.toISOString());
});
