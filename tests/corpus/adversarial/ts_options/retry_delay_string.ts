// SDK: windmill-client 1.818.0 client.mjs retryDelaySeconds: `!(base > 0)` is true for the string "30s", so every retry runs at once with no delay.
import { task, workflow } from "windmill-client";

const charge = task(async (id: string) => ({ id }), { retry: { attempts: 3, delay: "30s" as any } }); // expect: WAC302

export const main = workflow(async (id: string) => {
  return await charge(id);
});
