// SDK: windmill-client 1.818.0 client.mjs: Razorpay's validateWebhookSignature is an HMAC computed locally and createMollieClient builds a client without a request (used in a step); the Razorpay order fetch in the body is a request on every replay.
import Razorpay from "razorpay";
import { createMollieClient } from "@mollie/api-client";
import { task, step, workflow } from "windmill-client";
const save = task(async (x: unknown) => x);
export const main = workflow(async (body: string, sig: string, secret: string, key: string) => {
  if (!Razorpay.validateWebhookSignature(body, sig, secret)) return { rejected: true };
  const mollie = createMollieClient({ apiKey: key });
  const p = await step("payment", () => mollie.payments.get(body));
  const rz = new Razorpay({ key_id: key, key_secret: secret });
  await save(await rz.orders.fetch(body)); // expect: WAC101
  return await save(p);
});
