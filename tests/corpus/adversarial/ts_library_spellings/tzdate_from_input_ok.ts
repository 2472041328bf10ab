// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a TZDate built from the input's timestamp is the same on every replay.
import { TZDate } from "@date-fns/tz";
import { task, workflow } from "windmill-client";

const schedule = task(async (at: string) => ({ at }));

export const main = workflow(async (startsAt: number) => {
  const at = new TZDate(startsAt, "Asia/Tokyo");
  return await schedule(at.toISOString());
});
