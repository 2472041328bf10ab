import { workflow } from "windmill-client";

import "/f/common/ts_map_handlers.ts";
import { handlers } from "/f/common/ts_map_registry.ts";

export const main = workflow(async (kind: string, payload: object) => {
  const handler = handlers.get(kind);
  return handler ? await handler(payload) : null; // expect: WAC101
});
