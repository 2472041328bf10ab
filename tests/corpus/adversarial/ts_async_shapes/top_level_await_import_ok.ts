// SDK: windmill-client 1.818.0 client.mjs: a top-level await of a dynamic import of a pure module does no I/O of its own worth checkpointing.
import { task, workflow } from "windmill-client";

const { join } = await import("node:path");

const write = task(async (dir: string, name: string) => ({ dir, name }));

export const main = workflow(async (dir: string, name: string) => {
  return await write(dir, join(dir, name));
});
