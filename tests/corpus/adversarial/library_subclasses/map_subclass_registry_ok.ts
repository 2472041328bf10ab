// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; a `Map` subclass's `get` / `set` / `has` work in memory, the same on every replay.
import { task, workflow } from "windmill-client";

class Registry extends Map<string, number> {
  bump(key: string): number {
    const next = (this.get(key) ?? 0) + 1;
    this.set(key, next);
    return next;
  }
}

const store = task(async (counts: Record<string, number>) => Object.keys(counts).length);

export const main = workflow(async (events: string[]) => {
  const registry = new Registry();
  for (const e of events) registry.bump(e);
  return await store(Object.fromEntries(registry));
});
