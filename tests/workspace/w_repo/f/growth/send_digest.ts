// SDK: windmill-client 1.818.0 workflow(): values in the body must be the same on each replay; clock.now is a getter over Date.now, Date() without new is the current time, Boot.startedAt is set when f/kit/clock.ts loads.
import { step, workflow } from "windmill-client";
import { Boot, clock, deliverEmail, stamp } from "/f/kit/index.ts";

export const main = workflow(async (recipients: string[], subject: string) => {
  const sentAt = clock.now; // expect: WAC102
  const heading = stamp(subject); // expect: WAC102
  const uptime = Boot.startedAt; // expect: WAC102
  const ids: string[] = [];
  for (const to of recipients) {
    ids.push(await deliverEmail(to, heading, `<p>${subject}</p>`));
  }
  deliverEmail("growth-team@example.com", heading, `<p>${ids.length} sent</p>`); // expect: WAC106
  return await step("summary", () => ({ ids, sentAt, uptime, version: Boot.version }));
});
