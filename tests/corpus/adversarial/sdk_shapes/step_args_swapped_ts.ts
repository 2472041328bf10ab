// SDK: windmill-client 1.818.0 client.mjs step(name, fn): with the arrow first and the name second, the arrow becomes the name and "fn" is a string: calling it throws.
import { step, task, workflow } from "windmill-client";

const save = task(async (id: string) => id);

export const main = workflow(async () => {
  const id = await step(() => crypto.randomUUID(), "new_id"); // expect: WAC301
  return await save(id);
});
