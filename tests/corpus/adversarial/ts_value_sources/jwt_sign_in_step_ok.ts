// SDK: windmill-client 1.818.0 client.mjs step(): the token (with its clock-stamped `iat`) is signed once and checkpointed.
import jwt from "jsonwebtoken";
import { step, task, workflow } from "windmill-client";

const callPartner = task(async (token: string, order: string) => ({ order, sent: token.length > 0 }));

export const main = workflow(async (order: string, secret: string) => {
  const token = await step("token", () => jwt.sign({ sub: order }, secret));
  return await callPartner(token, order);
});
