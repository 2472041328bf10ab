// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; reading a bundled config file at load reads the same file each time and changes nothing outside the job.
import { readFileSync } from "node:fs";
import { task, workflow } from "windmill-client";

const CONFIG = JSON.parse(readFileSync(new URL("./limits.json", import.meta.url), "utf8")) as { max: number };

const charge = task(async (amount: number, max: number) => ({ amount: Math.min(amount, max) }));

export const main = workflow(async (amount: number) => {
  return await charge(amount, CONFIG.max);
});
