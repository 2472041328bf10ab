// SDK: windmill-client 1.818.0 client.mjs task(): `.then(cb)` on the task's result runs cb in the body when the result is there, on every replay.
import { task, workflow } from "windmill-client";

const charge = task(async (cents: number) => ({ id: `ch_${cents}`, cents }));

export const main = workflow(async (cents: number) => {
  return await charge(cents).then(async (c) => {
    await fetch("https://hooks.example.com/charged", { method: "POST", body: c.id }); // expect: WAC101
    return c;
  });
});
