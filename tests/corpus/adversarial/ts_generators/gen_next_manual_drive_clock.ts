// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; a generator driven by next() in the body runs its clock read there each round.
import { task, workflow } from "windmill-client";

const stamp = task(async (id: string, at: number) => ({ id, at }));

async function* phases(id: string) {
  yield await stamp(id, Date.now());
}

export const main = workflow(async (id: string) => {
  const it = phases(id); // expect: WAC102
  const first = await it.next();
  return first.value;
});
