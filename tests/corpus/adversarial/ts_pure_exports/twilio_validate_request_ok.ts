// SDK: windmill-client 1.818.0 client.mjs: twilio.validateRequest recomputes the webhook's HMAC-SHA1 signature locally from the token, URL and params (no request); a check of the input in the body.
import twilio from "twilio";
import { task, workflow } from "windmill-client";

const recordInbound = task(async (from: string, body: string) => ({ from, body }));

export const main = workflow(async (authToken: string, signature: string, url: string, params: { From: string; Body: string }) => {
  if (!twilio.validateRequest(authToken, signature, url, params)) return { rejected: true };
  return await recordInbound(params.From, params.Body.trim());
});
