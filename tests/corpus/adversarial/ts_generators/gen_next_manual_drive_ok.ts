// SDK: windmill-client 1.818.0 client.mjs: an async generator driven by hand with next(); each yielded task result is awaited inside the generator, in call order.
import { task, workflow } from "windmill-client";

const step1 = task(async (id: string) => ({ id, phase: 1 }));
const step2 = task(async (id: string) => ({ id, phase: 2 }));

async function* phases(id: string) {
  yield await step1(id);
  yield await step2(id);
}

export const main = workflow(async (id: string) => {
  const it = phases(id);
  const first = await it.next();
  const second = await it.next();
  return [first.value, second.value];
});
