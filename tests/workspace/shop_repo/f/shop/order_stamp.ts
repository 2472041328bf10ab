import { stamp } from "../shared/clock.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (ref: string) => ({ ref }));

export const main = workflow(async () => {
  const ref = stamp("order"); // expect: WAC102
  return await placeOrder(ref);
});
