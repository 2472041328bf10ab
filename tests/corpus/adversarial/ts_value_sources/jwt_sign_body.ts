// SDK: windmill-client 1.818.0 client.mjs: the body replays; jsonwebtoken's sign() stamps `iat` from the clock, so the token differs on each replay.
import jwt from "jsonwebtoken";
import { task, workflow } from "windmill-client";

const callPartner = task(async (token: string, order: string) => ({ order, sent: token.length > 0 }));

export const main = workflow(async (order: string, secret: string) => {
  const token = jwt.sign({ sub: order }, secret); // expect: WAC102
  return await callPartner(token, order);
});
