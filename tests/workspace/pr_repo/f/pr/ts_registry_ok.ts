import { task, workflow } from "windmill-client";

import "/f/common/ts_handlers.ts";
import { registry } from "/f/common/ts_registry.ts";

const dispatch = task(async (kind: string, payload: object) => {
  return await registry[kind](payload);
});

export const main = workflow(async (kind: string, payload: object) => {
  const echoed = await registry["echo"](payload);
  return await dispatch(kind, echoed as object);
});
