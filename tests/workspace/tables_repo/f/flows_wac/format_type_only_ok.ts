import { task, workflow } from "windmill-client";
import type { Refund } from "/f/tslib/types.ts";
import { money } from "/f/tslib/format.ts";

const refund = task(async function refund(r: Refund) {
  return { ...r, shown: money(r.cents) };
});

export const main = workflow(async (id: string, cents: number) => {
  return await refund({ id, cents });
});
