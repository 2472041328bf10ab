import { task, workflow } from "windmill-client";

import "/f/common/ts_hook_impls.ts";
import { hooks } from "/f/common/ts_hooks.ts";

const run = task(async (name: string, payload: object) => await hooks[name](payload));

export const main = workflow(async (name: string, payload: object) => {
  const same = await hooks.noop(payload);
  return [same, await run(name, payload)];
});
