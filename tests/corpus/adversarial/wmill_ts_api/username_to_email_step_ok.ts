// SDK: windmill-client 1.818.0 client.mjs usernameToEmail(): read once in a step, replays use the checkpoint.
import { step, task, usernameToEmail, workflow } from "windmill-client";

const assign = task(async (ticket: string, email: string) => ({ ticket, email }));

export const main = workflow(async (ticket: string, owner: string) => {
  const email = await step("owner_email", () => usernameToEmail(owner));
  return await assign(ticket, email);
});
