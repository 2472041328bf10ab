// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a DNS lookup in the body asks the network again each replay and may answer differently, deciding a branch.
import { resolveMx } from "node:dns/promises";
import { task, workflow } from "windmill-client";

const sendWelcome = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async (email: string) => {
  const domain = email.split("@")[1];
  const mx = await resolveMx(domain); // expect: WAC101
  if (mx.length === 0) return { email, rejected: "no mail server" };
  return await sendWelcome(email);
});
