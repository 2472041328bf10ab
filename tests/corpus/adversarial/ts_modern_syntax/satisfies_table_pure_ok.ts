// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a `satisfies`-checked `as const` table of pure converters gives the same numbers every replay.
import { task, workflow } from "windmill-client";

const units = {
  kb: (n: number) => n * 1024,
  mb: (n: number) => n * 1024 ** 2,
  gb: (n: number) => n * 1024 ** 3,
} as const satisfies Record<string, (n: number) => number>;

const resize = task(async (volume: string, bytes: number) => ({ volume, bytes }));

export const main = workflow(async (volume: string, size: number, unit: "kb" | "mb" | "gb") => {
  const bytes = units[unit](size);
  return await resize(volume, bytes);
});
