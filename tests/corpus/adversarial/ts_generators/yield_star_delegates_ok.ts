// SDK: windmill-client 1.818.0 client.mjs: tasks awaited in a delegated generator under for await, without a handler in the way.
import { task, workflow } from "windmill-client";

const resize = task(async (key: string) => ({ key, resized: true }));

async function* batch(keys: string[]) {
  for (const k of keys) yield await resize(k);
}

async function* everything(groups: string[][]) {
  for (const g of groups) yield* batch(g);
}

export const main = workflow(async (groups: string[][]) => {
  const out = [];
  for await (const r of everything(groups)) out.push(r);
  return out;
});
