// Moderate a user-submitted post: an ML classifier decides, and the follow-up
// action is picked with a ternary on the classifier's verdict.
import { task, workflow, waitForApproval } from "windmill-client";

const classifyPost = task(
  async (text: string, imageUrls: string[]) => {
    const res = await fetch("https://moderation.example/v2/classify", { method: "POST", body: JSON.stringify({ text, images: imageUrls }) });
    return (await res.json()) as { label: "safe" | "spam" | "illegal" | "unsure"; scores: Record<string, number> };
  },
  { timeout: 120, tag: "ml", retry: { attempts: 2, delay: 10 } },
);

const publishPost = task(async (postId: string) => {
  await fetch(`https://community.example/api/posts/${postId}/publish`, { method: "POST" });
  return "published";
});

const removePost = task(async (postId: string, reason: string) => {
  await fetch(`https://community.example/api/posts/${postId}/remove`, { method: "POST", body: JSON.stringify({ reason }) });
  return "removed";
});

const queueForModerator = task(async (postId: string, scores: Record<string, number>) => {
  await fetch("https://community.example/api/moderation-queue", { method: "POST", body: JSON.stringify({ post_id: postId, scores }) });
});

export const main = workflow(async (postId: string, text: string, imageUrls: string[]) => {
  const verdict = await classifyPost(text, imageUrls);
  if (verdict.label === "unsure") {
    await queueForModerator(postId, verdict.scores);
    const review = await waitForApproval({ timeout: 86400 });
    const outcome = review.approved ? await publishPost(postId) : await removePost(postId, "moderator");
    return { postId, label: verdict.label, outcome };
  }
  const outcome = verdict.label === "safe" ? await publishPost(postId) : await removePost(postId, verdict.label);
  return { postId, label: verdict.label, outcome };
});
