// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a sha256 of the inputs is the same each round.
import { createHash } from "node:crypto";
import { task, workflow } from "windmill-client";

const storeInvite = task(async (email: string, token: string) => ({ email, token }));
const sendInvite = task(async (email: string, token: string) => ({ email, sent: true }));

export const main = workflow(async (email: string, campaign: string) => {
  const token = createHash("sha256").update(`${campaign}:${email}`).digest("hex");
  await storeInvite(email, token);
  return await sendInvite(email, token);
});
