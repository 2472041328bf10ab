// SDK: windmill-client 1.818.0 client.mjs: p-throttle returns a function that calls the one it wraps (at most `limit` per `interval`); called in the body, the wrapped fetch runs on every replay.
import pThrottle from "p-throttle";
import { task, workflow } from "windmill-client";

const throttle = pThrottle({ limit: 2, interval: 1000 });
const lookupVat = throttle(async (vatId: string) => {
  const r = await fetch(`https://ec.europa.eu/taxation_customs/vies/rest-api/ms/${vatId.slice(0, 2)}/vat/${vatId.slice(2)}`);
  return ((await r.json()) as { isValid: boolean }).isValid;
});

const tagCustomer = task(async (customerId: string, vatValid: boolean) => ({ customerId, vatValid }));

export const main = workflow(async (customerId: string, vatId: string) => {
  const valid = await lookupVat(vatId); // expect: WAC101
  return await tagCustomer(customerId, valid);
});
