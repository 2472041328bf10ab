// SDK: windmill-client 1.818.0 client.mjs: async-retry inside the task retries the HTTP call in the task's own job; no SDK call is inside it.
import retry from "async-retry";
import { task, workflow } from "windmill-client";

const publish = task(async (postId: string) =>
  retry(async () => {
    const res = await fetch(`https://cms.example.com/posts/${postId}/publish`, { method: "POST" });
    if (!res.ok) throw new Error(`publish ${res.status}`);
    return { postId, published: true };
  }, { retries: 4 }),
);

export const main = workflow(async (postId: string) => {
  return await publish(postId);
});
