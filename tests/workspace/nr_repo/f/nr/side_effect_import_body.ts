import { task, workflow } from "windmill-client";
import "/f/lib/boot_ts.ts"; // expect: WAC101

const charge = task(async (amount: number) => ({ charged: amount }));

export const main = workflow(async (amount: number) => {
  return await charge(amount);
});
