// SDK: windmill-client 1.818.0 client.mjs _nextStep: ./wac re-exports windmill-client; the audit task's call is dispatched but never awaited, so its result and failure are lost.
import { task, workflow } from "./wac";

const audit = task(async (event: string) => ({ event, stored: true }));
const publish = task(async (post: string) => ({ post, live: true }));

export const main = workflow(async (post: string) => {
  audit(`publish:${post}`); // expect: WAC106
  return await publish(post);
});
