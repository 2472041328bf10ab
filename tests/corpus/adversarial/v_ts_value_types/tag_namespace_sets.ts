// SDK: windmill-client 1.818.0 step() returns JSON.parse(JSON.stringify(result)): a Set becomes {}
// Content moderation: tags normalised by a namespace of helpers, checkpointed in a step.
import { task, step, workflow } from "windmill-client";

namespace Tags {
  const ALIASES: Record<string, string> = { js: "javascript", ts: "typescript", py: "python" };

  export function normalize(raw: string[]): Set<string> {
    const out = new Set<string>();
    for (const t of raw) {
      const k = t.trim().toLowerCase();
      if (k) out.add(ALIASES[k] ?? k);
    }
    return out; // expect: WAC107
  }

  export function blocked(tags: Iterable<string>, denylist: string[]): string[] {
    return [...tags].filter((t) => denylist.includes(t));
  }
}

const publishPost = task(async (postId: string, tags: string[]) => {
  await fetch(`https://cms.example.com/posts/${postId}/publish`, { method: "POST", body: JSON.stringify({ tags }) });
  return postId;
});

export const main = workflow(async (postId: string, rawTags: string[], denylist: string[]) => {
  const tags = await step("normalized_tags", () => Tags.normalize(rawTags));
  const bad = Tags.blocked(tags, denylist);
  if (bad.length > 0) return { published: false, bad };
  await publishPost(postId, [...tags]);
  return { published: true, tags: [...tags] };
});
