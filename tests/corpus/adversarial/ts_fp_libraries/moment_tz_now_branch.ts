// SDK: windmill-client 1.818.0 client.mjs: moment.tz(zone) with only a zone is the current time in that zone; branching on its hour in the body can change between replays.
import moment from "moment-timezone";
import { task, workflow } from "windmill-client";

const callCustomer = task(async (phone: string) => ({ phone, called: true }));
const queueCallback = task(async (phone: string) => ({ phone, queued: true }));

export const main = workflow(async (phone: string, zone: string = "America/New_York") => {
  const hour = moment.tz(zone).hour(); // expect: WAC102
  if (hour >= 9 && hour < 18) return await callCustomer(phone);
  return await queueCallback(phone);
});
