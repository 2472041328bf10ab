// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare `{ then }` object without `.catch`, so `.catch(() => null)` is a TypeError (run against the SDK's WorkflowCtx).
import { task, workflow } from "windmill-client";

const geocode = task(async (address: string) => ({ lat: 1, lon: 2, address }));

export const main = workflow(async (address: string) => {
  const point = await geocode(address).catch(() => null); // expect: WAC202
  return { address, point };
});
