// SDK: windmill-client 1.818.0 client.mjs: step keys come from the name given to step(); a name built from the item changes with the input, which the guide forbids ("Do not generate step names dynamically").
import { parallel, step, task, taskScript, workflow } from "windmill-client";

type Post = { id: string; authorId: string; text: string; imageUrls: string[] };
type Verdict = { postId: string; action: "keep" | "hide" | "review"; score: number };

const THRESHOLD_HIDE = 0.9;
const THRESHOLD_REVIEW = 0.6;

const scoreText = task(async (text: string) => {
  const res = await fetch("https://api.openai.com/v1/moderations", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ input: text }),
  });
  const body = (await res.json()) as { results: { category_scores: Record<string, number> }[] };
  return Math.max(...Object.values(body.results[0].category_scores));
});

const scanImages = taskScript("f/moderation/scan_images");

const applyAction = task(async (postId: string, action: Verdict["action"]) => {
  await fetch(`https://forum.internal/api/posts/${postId}/moderation`, {
    method: "POST",
    body: JSON.stringify({ action }),
  });
  return action;
});

function decide(postId: string, score: number): Verdict {
  const action = score >= THRESHOLD_HIDE ? "hide" : score >= THRESHOLD_REVIEW ? "review" : "keep";
  return { postId, action, score };
}

export const main = workflow(async (posts: Post[]) => {
  const verdicts: Verdict[] = [];
  for (const post of posts) {
    const textScore = await scoreText(post.text);
    const imageScore: number = post.imageUrls.length
      ? ((await scanImages({ urls: post.imageUrls })) as { max: number }).max
      : 0;
    const verdict = await step(`verdict_${post.id}`, () => decide(post.id, Math.max(textScore, imageScore))); // expect: WAC103
    verdicts.push(verdict);
  }
  const actionable = verdicts.filter((v) => v.action !== "keep");
  await parallel(actionable, (v) => applyAction(v.postId, v.action), { concurrency: 5 });
  return {
    scanned: posts.length,
    hidden: verdicts.filter((v) => v.action === "hide").length,
    queuedForReview: verdicts.filter((v) => v.action === "review").map((v) => v.postId),
  };
});
