// SDK: windmill-client 1.818.0 step() result is JSON round-tripped (arrays survive); a JS Set iterates in insertion order, so dispatching from it is deterministic
// Content moderation: tags normalised by a namespace, checkpointed as an array; the Set only lives in the body.
import { task, step, workflow } from "windmill-client";

namespace Tags {
  const ALIASES: Record<string, string> = { js: "javascript", ts: "typescript", py: "python" };

  export function normalize(raw: string[]): Set<string> {
    const out = new Set<string>();
    for (const t of raw) {
      const k = t.trim().toLowerCase();
      if (k) out.add(ALIASES[k] ?? k);
    }
    return out;
  }
}

const indexTag = task(async (postId: string, tag: string) => {
  await fetch(`https://search.example.com/tags/${tag}/posts`, { method: "POST", body: JSON.stringify({ postId }) });
  return tag;
});

export const main = workflow(async (postId: string, rawTags: string[]) => {
  const tags = await step("normalized_tags", () => [...Tags.normalize(rawTags)]);
  const unique = new Set(tags);
  const indexed: string[] = [];
  for (const tag of unique) {
    indexed.push(await indexTag(postId, tag));
  }
  return { indexed };
});
