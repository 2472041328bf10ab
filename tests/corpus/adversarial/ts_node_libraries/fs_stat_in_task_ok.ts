// SDK: windmill-client 1.818.0 client.mjs: a task runs once and its result is checkpointed; the stat() inside is not repeated by replays.
import { stat } from "node:fs/promises";
import { task, workflow } from "windmill-client";

const sizeOf = task(async (path: string) => (await stat(path)).size);
const archive = task(async (path: string, size: number) => ({ path, size, archived: true }));

export const main = workflow(async (path: string) => {
  const size = await sizeOf(path);
  if (size === 0) return { path, skipped: true };
  return await archive(path, size);
});
