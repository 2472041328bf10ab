// SDK: windmill-client 1.818.0 client.mjs workflow(): called outside Windmill's runner there is no ctx, so tasks run in place and nothing is checkpointed.
import { task, workflow } from "windmill-client";

const warmCache = task(async (key: string) => ({ key, warmed: true }));

export const main = workflow(async (keys: string[]) => {
  const warmed = [];
  for (const key of keys) warmed.push(await warmCache(key));
  return warmed;
});

main(["home", "pricing"]).then((r) => console.log(r)); // expect: WAC006
