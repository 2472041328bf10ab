// SDK: windmill-client 1.818.0 client.mjs workflow(fn) accepts any async function, but Windmill's WAC parser (windmill-oracle dag) says "No workflow() wrapped async function found" and sig reads no parameters for `workflow(run)`.
import { task, workflow } from "windmill-client";

const shipParcel = task(async (parcelId: string) => ({ parcelId, shipped: true }));

async function shipAll(parcelIds: string[]) {
  const shipped = [];
  for (const id of parcelIds) shipped.push(await shipParcel(id));
  return shipped;
}

export const main = workflow(shipAll); // expect: WAC005
