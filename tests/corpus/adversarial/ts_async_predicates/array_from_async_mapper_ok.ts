// SDK: windmill-client 1.818.0 client.mjs: Array.from with an async mapper builds an array of promises, which Promise.all awaits; the suspension leaves the body.
import { task, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 0.4 }));

export const main = workflow(async (leadIds: string[]) => {
  return await Promise.all(Array.from(leadIds, async (id) => (await score(id)).score));
});
