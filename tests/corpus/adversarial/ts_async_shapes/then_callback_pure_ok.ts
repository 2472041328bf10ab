// SDK: windmill-client 1.818.0 client.mjs task(): a pure `.then` callback on the task's result reshapes the checkpointed value.
import { task, workflow } from "windmill-client";

const charge = task(async (cents: number) => ({ id: `ch_${cents}`, cents }));

export const main = workflow(async (cents: number) => {
  return await charge(cents).then((c) => ({ ...c, dollars: c.cents / 100 }));
});
