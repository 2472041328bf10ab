// SDK: windmill-client 1.818.0 client.mjs: `.catch(() => null)` on a task promise turns the StepSuspend into null and the body continues with it.
import { task, workflow } from "windmill-client";

const geocode = task(async (address: string) => ({ lat: 1, lon: 2, address }));

export const main = workflow(async (address: string) => {
  const point = await geocode(address).catch(() => null); // expect: WAC202
  return { address, point };
});
