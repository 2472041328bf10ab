// SDK: windmill-client 1.818.0 waitForApproval() without a key (client.mjs: keys are allocated approval, approval_2, ... in body order, stable across replays)
import { task, waitForApproval, workflow } from "windmill-client";

type Flagged = { postId: string; author: string; score: number; excerpt: string };

const listFlagged = task(async function listFlagged(community: string): Promise<Flagged[]> {
  const res = await fetch(`https://forum.internal/c/${community}/flagged?min_score=0.8`);
  return (await res.json()) as Flagged[];
});

const removePost = task(async function removePost(postId: string, moderator: string) {
  await fetch(`https://forum.internal/posts/${postId}`, {
    method: "DELETE",
    headers: { "X-Moderator": moderator },
  });
  return postId;
});

export const main = workflow(async (community: string) => {
  const flagged = await listFlagged(community);
  const removed: string[] = [];
  for (const post of flagged) {
    const verdict = await waitForApproval({
      timeout: 24 * 3600,
      description: `${post.author}: ${post.excerpt}`,
    });
    if (verdict.approved) {
      removed.push(await removePost(post.postId, verdict.approver));
    }
  }
  return { community, reviewed: flagged.length, removed };
});
