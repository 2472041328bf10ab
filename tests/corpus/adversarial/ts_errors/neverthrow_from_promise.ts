// SDK: windmill-client 1.818.0 client.mjs: ResultAsync.fromPromise turns every rejection, StepSuspend included, into an Err; the body then returns a failure value instead of suspending.
import { ResultAsync } from "neverthrow";
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string) => ({ orderId, paid: true }));

export const main = workflow(async (orderId: string) => {
  const r = await ResultAsync.fromPromise(charge(orderId), (e) => String(e)); // expect: WAC202
  if (r.isErr()) {
    return { orderId, paid: false, error: r.error };
  }
  return r.value;
});
