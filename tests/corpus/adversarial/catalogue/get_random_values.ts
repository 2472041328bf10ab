// SDK: windmill-client 1.818.0 client.mjs workflow(): random values must come from step(); crypto.getRandomValues in the body differs per round.
import { task, workflow } from "windmill-client";

const createInvite = task(async (email: string, code: string) => ({ email, code }));

export const main = workflow(async (emails: string[]) => {
  const invites = [];
  for (const email of emails) {
    const bytes = crypto.getRandomValues(new Uint8Array(6)); // expect: WAC102
    const code = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    invites.push(await createInvite(email, code));
  }
  return invites;
});
