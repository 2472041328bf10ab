// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a helper that calls the pure function it is handed (and a picker returning pure functions) computes the same values every replay.
import { task, workflow } from "windmill-client";

function memo<T>(fn: (x: string) => T): (x: string) => T {
  const cache = new Map<string, T>();
  return (x) => {
    if (!cache.has(x)) cache.set(x, fn(x));
    return cache.get(x)!;
  };
}

function applyAll(xs: string[], fn: (x: string) => string) {
  return xs.map((x) => fn(x));
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const upper = (s: string) => s.toUpperCase();
const pickCase = (kind: string) => (kind === "upper" ? upper : slug);

const publish = task(async (names: string[]) => ({ count: names.length }));

export const main = workflow(async (titles: string[], kind: string) => {
  const cachedSlug = memo(slug);
  const names = applyAll(titles, cachedSlug).concat(applyAll(titles, pickCase(kind)));
  return await publish(names);
});
