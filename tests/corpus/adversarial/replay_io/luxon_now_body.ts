// SDK: windmill-client 1.818.0 client.mjs: luxon's DateTime.now() reads the clock in the body, so the report month can change between replays.
import { DateTime } from "luxon";
import { task, workflow } from "windmill-client";

const report = task(async (month: string) => month);

export const main = workflow(async () => {
  const month = DateTime.now().toFormat("yyyy-MM"); // expect: WAC102
  return await report(month);
});
