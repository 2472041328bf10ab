import { workflow } from "windmill-client";

import "/f/common/ts_handlers.ts";
import { registry } from "/f/common/ts_registry.ts";

export const main = workflow(async (kind: string, payload: object) => {
  const handler = registry[kind];
  return await handler(payload); // expect: WAC101
});
