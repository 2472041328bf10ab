// SDK: windmill-client 1.818.0 client.mjs: a local function named fetchConfig that only reads a constant map does no I/O.
import { task, workflow } from "windmill-client";

const CONFIG: Record<string, number> = { retries: 3, batch: 50 };

function fetchConfig(key: string): number {
  return CONFIG[key] ?? 0;
}

const run = task(async (batch: number) => batch);

export const main = workflow(async () => {
  return await run(fetchConfig("batch"));
});
