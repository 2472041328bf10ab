// SDK: windmill-client 1.818.0 client.mjs: module code runs again in each replay's process; an awaited async IIFE that fetches runs each time.
import { task, workflow } from "windmill-client";

const config = await (async () => { // expect: WAC101
  const r = await fetch("https://config.example.com/limits.json");
  return (await r.json()) as { max: number };
})();

const clamp = task(async (n: number, max: number) => Math.min(n, max));

export const main = workflow(async (n: number) => {
  return await clamp(n, config.max);
});
