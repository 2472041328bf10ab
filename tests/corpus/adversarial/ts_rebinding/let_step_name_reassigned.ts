// SDK: windmill-client 1.818.0 client.mjs step(): the name is the checkpoint key; one built from the input differs per run and per item.
import { step, task, workflow } from "windmill-client";

const upload = task(async (id: string) => ({ id, ok: true }));

export const main = workflow(async (id: string, tenant?: string) => {
  let name = "stamp";
  if (tenant) {
    name = `stamp_${tenant}`;
  }
  const at = await step(name, () => Date.now()); // expect: WAC103
  return { at, r: await upload(id) };
});
