// SDK: windmill-client 1.818.0 client.mjs: the generator Array.fromAsync drains runs in the replayed body; its shuffle picks a different order per round, and the tasks' keys follow the order.
import { task, workflow } from "windmill-client";

const thumb = task(async (key: string) => ({ key, thumb: `${key}.png` }));

async function* shuffled(keys: string[]) {
  const order = [...keys].sort(() => Math.random() - 0.5);
  for (const k of order) yield await thumb(k);
}

export const main = workflow(async (keys: string[]) => {
  return await Array.fromAsync(shuffled(keys)); // expect: WAC102
});
