// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; destructuring `process.env` in the body reads the environment each round.
import { task, workflow } from "windmill-client";

const callPartner = task(async (baseUrl: string, orderId: string) => ({ orderId, accepted: true }));

export const main = workflow(async (orderId: string) => {
  const { PARTNER_URL = "https://partner.example.com", PARTNER_TIMEOUT: timeout = "30" } = process.env; // expect: WAC102
  const result = await callPartner(PARTNER_URL, orderId);
  return { ...result, timeout: Number(timeout) };
});
