// A step callback that builds and returns its own object.
import { task, step, workflow } from "windmill-client";

const sync = task(async (id: string) => ({ id, synced: true }));

export const main = workflow(async (id: string) => {
  const state = await step("check", () => {
    const s = { checked: false, id };
    s.checked = true;
    return s;
  });
  const out = await sync(id);
  return { ...out, checked: state.checked };
});
