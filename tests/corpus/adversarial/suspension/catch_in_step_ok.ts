// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: fn() runs inside the step; a try/catch there only sees the callback's own errors.
import { step, task, workflow } from "windmill-client";

const publishPost = task(async (draftId: string) => ({ draftId, url: `https://blog.example.com/p/${draftId}` }));

export const main = workflow(async (draftId: string) => {
  const meta = await step("meta", async () => {
    try {
      const res = await fetch(`https://cms.example.com/api/drafts/${draftId}`);
      return (await res.json()) as { title: string };
    } catch {
      return { title: "untitled" };
    }
  });
  const post = await publishPost(draftId);
  return { ...post, title: meta.title };
});
