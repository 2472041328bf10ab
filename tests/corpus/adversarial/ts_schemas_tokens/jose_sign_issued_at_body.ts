// SDK: windmill-client 1.818.0 client.mjs: the body replays; jose's setIssuedAt() without a time and setExpirationTime("15m") stamp the current time, so the token passed to the task differs every round.
import { SignJWT } from "jose";
import { task, workflow } from "windmill-client";

const callPartner = task(async (token: string, orderId: string) => ({ orderId, authorized: token.length > 0 }));

export const main = workflow(async (orderId: string, partnerSecret: string) => {
  const key = new TextEncoder().encode(partnerSecret);
  const token = await new SignJWT({ sub: orderId }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("15m").sign(key); // expect: WAC102
  return await callPartner(token, orderId);
});
