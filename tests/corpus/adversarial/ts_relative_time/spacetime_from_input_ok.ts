// SDK: windmill-client 1.818.0 client.mjs: spacetime built from a date given as input (and moved to a zone) is pure.
import spacetime from "spacetime";
import { task, workflow } from "windmill-client";

const callAt = task(async (phone: string, at: string) => ({ phone, at }));

export const main = workflow(async (phone: string, requestedAt: string, zone: string = "Europe/London") => {
  const local = spacetime(requestedAt).goto(zone);
  const slot = local.hour() < 9 ? local.hour(9).minute(0) : local;
  return await callAt(phone, slot.format("iso"));
});
