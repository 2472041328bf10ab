// SDK: windmill-client 1.818.0 client.mjs: a single keyed approval outside the loop; step() returning an ISO string survives the JSON round trip; JS Set iteration follows insertion order.
import OpenAI from "openai";
import { step, task, waitForApproval, workflow } from "windmill-client";

type Post = { id: string; topic: string; tags: string[] };

const openai = new OpenAI();

const draft = task(async (topic: string) => {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write a 200-word post about ${topic}` }],
  });
  return res.choices[0].message.content ?? "";
});
const tagPost = task(async (postId: string, tag: string) => ({ postId, tag }));
const publish = task(async (postId: string, body: string) => ({ postId, url: `https://blog.example.com/${postId}` }));

export const main = workflow(async (posts: Post[]) => {
  const drafts = [];
  for (const post of posts) {
    drafts.push({ post, body: await draft(post.topic) });
    for (const tag of new Set(post.tags)) await tagPost(post.id, tag);
  }
  await waitForApproval({ key: "editor", timeout: 86400 });
  const published = [];
  for (const d of drafts) published.push(await publish(d.post.id, d.body));
  const publishedAt = await step("published_at", () => new Date().toISOString());
  return { published, at: publishedAt };
});
