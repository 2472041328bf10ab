// SDK: windmill-client 1.818.0 client.mjs: step() JSON-round-trips its value; a luxon DateTime serialises to its ISO string through toJSON, so `now.plus(...)` is called on a string and throws.
import { DateTime } from "luxon";
import { step, task, workflow } from "windmill-client";

const remind = task(async (userId: string, at: string) => ({ userId, at }));

export const main = workflow(async (userId: string, hours: number = 24) => {
  const now = await step("now", () => DateTime.utc()); // expect: WAC107
  return await remind(userId, now.plus({ hours }).toISO()!);
});
