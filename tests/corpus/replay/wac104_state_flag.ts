// A state object flagged from a step callback.
import { task, step, workflow } from "windmill-client";

const sync = task(async (id: string) => ({ id, synced: true }));

export const main = workflow(async (id: string) => {
  const state = { checked: false, id };
  await step("check", () => {
    state.checked = true; // expect: WAC104
    return id.length;
  });
  const out = await sync(id);
  return { ...out, checked: state.checked };
});
