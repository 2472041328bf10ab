// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; async-retry takes it for a failed attempt and retries after its backoff (the SDK rethrows the parked suspension at the next call), so every suspension holds the worker through all the retries before it gets out.
import retry from "async-retry";
import { task, workflow } from "windmill-client";

const publish = task(async (postId: string) => ({ postId, published: true }));

export const main = workflow(async (postId: string) => {
  return await retry(async () => await publish(postId), { retries: 4, minTimeout: 2000 }); // expect: WAC202
});
