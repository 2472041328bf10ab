import { step, workflow } from "windmill-client";
import * as lib from "/f/lib/barrel_top.ts";

export const main = workflow(async (kind: string) => {
  const at = await step("now", () => lib.clock.now());
  return { at, label: lib.clock.label(at), name: lib.eventName(kind) };
});
