// SDK: windmill-client 1.818.0 client.mjs: step() JSON-round-trips its value (a Date comes back as its ISO string); a second waitForApproval with a key already used throws ("WAC step key ... is already used").
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
  const published = [];
  for (const post of posts) {
    const body = await draft(post.topic);
    // JS sets iterate in insertion order: the same order on every replay
    for (const tag of new Set(post.tags)) await tagPost(post.id, tag);
    await waitForApproval({ key: "editor", timeout: 86400 }); // expect: WAC303
    published.push(await publish(post.id, body));
  }
  const publishedAt = await step("published_at", () => new Date()); // expect: WAC107
  return { published, epochMs: publishedAt.getTime() };
});
