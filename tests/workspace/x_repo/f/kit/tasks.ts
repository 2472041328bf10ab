// SDK: windmill-client 1.818.0 task(fn) dispatches a child job; the wrappers come from f/kit/retry.ts
import { task } from "windmill-client";
import { logged, withRetry } from "./retry.ts";

export interface Order {
  orderId: string;
  depot: string;
  weightKg: number;
}

const geo = "https://geo.example-fleet.io/v1";

export const geocode = withRetry(
  task(async function geocode(address: string): Promise<{ lat: number; lon: number }> {
    const resp = await fetch(`${geo}/search?q=${encodeURIComponent(address)}`);
    return (await resp.json()).results[0];
  }),
);

export const weighOrder = logged(
  "weigh",
  task(async function weighOrder(orderId: string, depot: string): Promise<number> {
    const resp = await fetch(`${geo}/../scales/${depot}/${orderId}`);
    return Number(await resp.text());
  }),
);

export default task(async function dispatchTruck(truckId: string, depot: string): Promise<string> {
  const resp = await fetch(`${geo}/../dispatch`, {
    method: "POST",
    body: JSON.stringify({ truckId, depot }),
  });
  return resp.text();
});
