// SDK: windmill-client 1.818.0 client.mjs: step() runs its callback once and checkpoints the result; the DNS answer is replayed from the checkpoint.
import { resolveMx } from "node:dns/promises";
import { step, task, workflow } from "windmill-client";

const sendWelcome = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async (email: string) => {
  const domain = email.split("@")[1];
  const hasMx = await step("mx_lookup", async () => (await resolveMx(domain)).length > 0);
  if (!hasMx) return { email, rejected: "no mail server" };
  return await sendWelcome(email);
});
