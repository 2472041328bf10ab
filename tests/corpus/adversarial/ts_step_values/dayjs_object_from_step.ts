// SDK: windmill-client 1.818.0 client.mjs: step() returns its value after a JSON round trip; a dayjs object has toJSON (its ISO string), so `start` is a string and `start.add(...)` throws.
import dayjs from "dayjs";
import { step, task, workflow } from "windmill-client";

const book = task(async (resource: string, from: string, to: string) => ({ resource, from, to }));

export const main = workflow(async (resource: string, days: number = 3) => {
  const start = await step("start", () => dayjs().startOf("day")); // expect: WAC107
  const end = start.add(days, "day");
  return await book(resource, start.toISOString(), end.toISOString());
});
