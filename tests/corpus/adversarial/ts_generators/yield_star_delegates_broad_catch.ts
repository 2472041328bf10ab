// SDK: windmill-client 1.818.0 client.mjs: StepSuspend thrown by an unfinished task inside a delegated generator reaches the outer generator's catch, which swallows it.
import { task, workflow } from "windmill-client";

const resize = task(async (key: string) => ({ key, resized: true }));

async function* batch(keys: string[]) {
  for (const k of keys) yield await resize(k);
}

async function* everything(groups: string[][]) {
  for (const g of groups) {
    try {
      yield* batch(g);
    } catch {
      continue;
    }
  }
}

export const main = workflow(async (groups: string[][]) => {
  const out = [];
  for await (const r of everything(groups)) out.push(r); // expect: WAC202
  return out;
});
