// SDK: windmill-client 1.818.0 client.mjs _allocKey: one literal name in both branches (or repeated) is numbered per execution; no error, stable keys.
import { step, workflow } from "windmill-client";

export const main = workflow(async (kind: string, n: number) => {
  let total = 0;
  if (kind === "a") total += await step("measure", () => n * 2);
  else total += await step("measure", () => n * 3);
  for (let i = 0; i < n; i++) total += await step("measure", () => i);
  return total;
});
