// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; a JS Set iterates in insertion order, so Array.from(new Set(xs)) dispatches in the same order every replay.
import { task, workflow } from "windmill-client";

const notify = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async (emails: string[]) => {
  const unique = Array.from(new Set(emails.map((e) => e.toLowerCase())));
  const out = [];
  for (const email of unique) {
    out.push(await notify(email));
  }
  return out;
});
