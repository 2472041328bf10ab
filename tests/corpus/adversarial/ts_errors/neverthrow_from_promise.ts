// SDK: windmill-client 1.818.0 client.mjs _nextStep: a task call returns a bare `{ then }` object; neverthrow's fromPromise runs `promise.then(ok).catch(err)` on it, and once the task is in the checkpoint `then` hands back the Ok itself, which has no `.catch`: TypeError on the replay.
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
