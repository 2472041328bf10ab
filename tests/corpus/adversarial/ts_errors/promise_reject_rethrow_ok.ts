// SDK: windmill-client 1.818.0 client.mjs: returning Promise.reject(e) from an async catch rejects the workflow's promise with the same StepSuspend, which the runner honours.
import { task, workflow } from "windmill-client";

const publish = task(async (slug: string) => ({ slug, live: true }));

export const main = workflow(async (slug: string) => {
  try {
    return await publish(slug);
  } catch (e) {
    console.error("publish failed", slug);
    return Promise.reject(e);
  }
});
