// SDK: windmill-client 1.818.0 client.mjs task()/step() (results via jsonRoundTrip); guide "Checkpoint And Replay Model"
// Export a billing period to the data warehouse.
import { step, task, workflow } from "windmill-client";
import { stamp } from "/f/shared/clock.ts";
import * as wall from "../shared/clock";
import { periodEnd, stamp as closeLabel } from "./clock";

const upload = task(async (period: string, label: string, exportedAt: string, since: string) => {
  return { period, label, exportedAt, since, rows: 1280 };
});

const verify = task(async (period: string, rows: number) => {
  return { period, ok: rows > 0 };
});

export const main = workflow(async (period: string) => {
  const exportedAt = stamp(); // expect: WAC102
  const since = wall.daysAgo(30).toISOString(); // expect: WAC102
  const label = closeLabel(period);
  const end = periodEnd(period);

  const uploaded = await upload(period, label, exportedAt, since);
  const check = await verify(period, uploaded.rows);
  const note = await step("note", () => `${label} until ${end}`);
  return { uploaded, check, note };
});
