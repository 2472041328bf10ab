// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; a JavaScript Set iterates in insertion order, the same on every replay.
import { task, workflow } from "windmill-client";

const notifyRegion = task(async (region: string) => region);

export const main = workflow(async (accounts: { region: string }[]) => {
  const regions = new Set(accounts.map((a) => a.region));
  const sent: string[] = [];
  for (const region of regions) sent.push(await notifyRegion(region));
  return sent;
});
