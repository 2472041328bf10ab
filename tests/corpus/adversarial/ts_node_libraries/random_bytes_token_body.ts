// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; randomBytes draws a new token each replay, so the invite sent by the task carries a token the next round does not know.
import { randomBytes } from "node:crypto";
import { task, workflow } from "windmill-client";

const sendInvite = task(async (email: string, token: string) => ({ email, token }));
const storeToken = task(async (email: string, token: string) => ({ email, stored: token.length }));

export const main = workflow(async (email: string) => {
  const token = randomBytes(24).toString("hex"); // expect: WAC102
  await storeToken(email, token);
  return await sendInvite(email, token);
});
