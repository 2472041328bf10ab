import { workflow } from "windmill-client";

import "/f/common/ts_hook_impls.ts";
import { hooks } from "/f/common/ts_hooks.ts";

export const main = workflow(async (name: string, payload: object) => {
  const deployed = await hooks.deploy(payload); // expect: WAC101
  return [deployed, await hooks[name](payload)]; // expect: WAC101
});
