// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the object the module-pattern IIFE returns has a method that posts, run in the body every replay.
import { task, workflow } from "windmill-client";

const Billing = (() => {
  const base = "https://billing.example.com";
  async function refund(chargeId: string) {
    const r = await fetch(`${base}/refunds`, { method: "POST", body: JSON.stringify({ chargeId }) });
    return r.status;
  }
  const describe = (chargeId: string) => `refund of ${chargeId}`;
  return { refund, describe };
})();

const record = task(async (note: string, status: number) => ({ note, status }));

export const main = workflow(async (chargeId: string) => {
  const status = await Billing.refund(chargeId); // expect: WAC101
  return await record(Billing.describe(chargeId), status);
});
