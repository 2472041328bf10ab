// SDK: windmill-client 1.818.0 client.mjs step(): either literal is a stable key, but the name at the call is a variable, which Windmill's parser draws as `step` (a reassigned `let` is no constant).
import { step, task, workflow } from "windmill-client";

const upload = task(async (id: string) => ({ id, ok: true }));

export const main = workflow(async (id: string, urgent: boolean) => {
  let name = "stamp";
  if (urgent) {
    name = "stamp_urgent";
  }
  const at = await step(name, () => Date.now()); // expect: WAC103
  return { at, r: await upload(id) };
});
