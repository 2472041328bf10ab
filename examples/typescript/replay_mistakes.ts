// Every workflow mistake wac-lint knows, in one TypeScript script.
import { step, task as t, workflow } from "windmill-client";
import * as wmill from "windmill-client";

const charge = t(async (orderId: string) => {
  return (await fetch(`https://pay.example.com/charge/${orderId}`, { method: "POST" })).ok;
});

const audit = wmill.taskScript("f/audit/record");

export const main = workflow(async (orderIds: string[]) => {
  const startedAt = new Date();
  const token = process.env.API_TOKEN;
  for (const id of orderIds) {
    await step(`prepare_${id}`, () => id.trim());
  }
  try {
    await Promise.all(orderIds.map((id) => charge(id)));
  } catch (e) {
    await fetch("https://alerts.example.com", { method: "POST", body: String(e) });
  }
  audit({ orderIds, token });
  return { startedAt, count: orderIds.length };
});
