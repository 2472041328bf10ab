// SDK: windmill-client 1.818.0 client.mjs: neverthrow inside the task wraps the HTTP call's failure only; the body awaits the task directly.
import { ResultAsync } from "neverthrow";
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string) => {
  const r = await ResultAsync.fromPromise(fetch(`https://pay.example.com/charge/${orderId}`, { method: "POST" }), (e) => String(e));
  return r.isOk() ? { orderId, paid: r.value.ok } : { orderId, paid: false, error: r.error };
});

export const main = workflow(async (orderId: string) => {
  return await charge(orderId);
});
