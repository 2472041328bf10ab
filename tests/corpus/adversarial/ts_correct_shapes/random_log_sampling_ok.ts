// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a random draw that only decides whether to print a debug line changes nothing checkpointed or dispatched.
import { task, workflow } from "windmill-client";

const score = task(async (id: string) => ({ id, score: id.length }));

export const main = workflow(async (ids: string[]) => {
  const out = [];
  for (const id of ids) {
    const s = await score(id);
    if (Math.random() < 0.05) console.debug("sampled", s);
    out.push(s);
  }
  return out;
});
