// SDK: windmill-client 1.818.0 client.mjs: a task call returns ctx._nextStep's bare `{ then }` object, which has no `.catch`: TypeError on every run (run against the SDK's WorkflowCtx).
import { task, workflow } from "windmill-client";

const lookupVat = task(async (country: string) => {
  const res = await fetch(`https://tax.example.com/api/vat/${country}`);
  return ((await res.json()) as { rate: number }).rate;
});

const invoice = task(async (orderId: string, rate: number) => ({ orderId, rate }));

export const main = workflow(async (orderId: string, country: string) => {
  const rate = await lookupVat(country).catch(() => 0.2); // expect: WAC202
  return await invoice(orderId, rate);
});
