// SDK: windmill-client 1.818.0 step(): clock reads run once inside step callbacks and are replayed; the re-exported task is awaited.
import { step, workflow } from "windmill-client";
import { Boot, clock, dayOf, deliverEmail, stamp } from "/f/kit/index.ts";

export const main = workflow(async (recipients: string[], subject: string) => {
  const sentAt = await step("sent_at", () => clock.now);
  const heading = await step("heading", () => stamp(subject));
  const ids: string[] = [];
  for (const to of recipients) {
    ids.push(await deliverEmail(to, heading, `<p>${subject}</p>`));
  }
  await deliverEmail("growth-team@example.com", heading, `<p>${ids.length} sent</p>`);
  return { ids, sentAt, day: dayOf(new Date(sentAt).toISOString()), tz: clock.tz, version: Boot.version };
});
