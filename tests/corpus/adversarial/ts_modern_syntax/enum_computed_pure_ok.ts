// SDK: windmill-client 1.818.0 client.mjs: each round loads the module again; computed enum members from constants and a pure function are the same every load.
import { task, workflow } from "windmill-client";

function kib(n: number): number {
  return n * 1024;
}

enum Limit {
  Small = kib(64),
  Large = Small * 16,
  Huge = "payload".length * Large,
}

const withinLimit = task(async (size: number, limit: number) => size <= limit);

export const main = workflow(async (size: number) => {
  return await withinLimit(size, size > Limit.Small ? Limit.Large : Limit.Small);
});
