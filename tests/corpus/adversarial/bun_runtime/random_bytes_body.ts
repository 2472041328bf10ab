// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; randomBytes gives a new token each round, so the invite sent and the one stored differ.
import { randomBytes } from "node:crypto";
import { task, workflow } from "windmill-client";

const storeInvite = task(async (email: string, token: string) => ({ email, token }));
const sendInvite = task(async (email: string, token: string) => ({ email, sent: true }));

export const main = workflow(async (email: string) => {
  const token = randomBytes(24).toString("hex"); // expect: WAC102
  await storeInvite(email, token);
  return await sendInvite(email, token);
});
