// SDK: windmill-client 1.818.0 client.mjs: spacetime.now(zone) is the current time in that zone; the business-hours branch taken in the body can flip between replays.
import spacetime from "spacetime";
import { task, workflow } from "windmill-client";

const callNow = task(async (phone: string) => ({ phone, called: true }));
const textLater = task(async (phone: string) => ({ phone, texted: true }));

export const main = workflow(async (phone: string, zone: string = "Europe/London") => {
  const local = spacetime.now(zone); // expect: WAC102
  if (local.hour() >= 9 && local.hour() < 17 && local.day() > 0 && local.day() < 6) return await callNow(phone);
  return await textLater(phone);
});
