// SDK: windmill-client 1.818.0 client.mjs workflow(): env reads must be checkpointed with step(); a .map callback in the body reads process.env each round.
import { task, workflow } from "windmill-client";

const sendDigest = task(async (to: string, from: string) => ({ to, from, sent: true }));

export const main = workflow(async (recipients: string[]) => {
  const jobs = recipients.map((to) => sendDigest(to, process.env.DIGEST_SENDER ?? "digest@example.com")); // expect: WAC102
  return await Promise.all(jobs);
});
