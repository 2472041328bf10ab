// SDK: windmill-client 1.818.0 client.mjs: the token is signed inside the task that uses it; the body only decodes a token given as input (decodeJwt reads no clock and verifies nothing).
import { SignJWT, decodeJwt } from "jose";
import { task, workflow } from "windmill-client";

const callPartner = task(async (orderId: string, partnerSecret: string) => {
  const key = new TextEncoder().encode(partnerSecret);
  const token = await new SignJWT({ sub: orderId }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("15m").sign(key);
  return { orderId, authorized: token.length > 0 };
});

export const main = workflow(async (orderId: string, partnerSecret: string, callerToken: string) => {
  const caller = decodeJwt(callerToken);
  if (caller.sub !== orderId) return { error: "token is for another order" };
  return await callPartner(orderId, partnerSecret);
});
