// SDK: client.mjs 1.818.0 step() JSON round trip writes a Set as {}; the zod schema's `.transform((a) => new Set(a))` makes `tags` a Set, so the body's `tags.has(...)` fails on the checkpointed {}
import { step, task, workflow } from "windmill-client";
import { z } from "zod";

const Article = z.object({
  slug: z.string(),
  title: z.string(),
  tags: z.array(z.string().toLowerCase()).transform((tags) => new Set(tags)),
  publishAt: z.string().datetime(),
});

const publishToCms = task(async function publishToCms(slug: string, title: string, featured: boolean) {
  const res = await fetch(`https://cms.internal/api/articles/${slug}/publish`, {
    method: "POST",
    body: JSON.stringify({ title, featured }),
  });
  return { slug, published: res.ok };
});

async function loadDraft(slug: string) {
  const res = await fetch(`https://cms.internal/api/drafts/${slug}`);
  return Article.parse(await res.json()); // expect: WAC107
}

export const main = workflow(async (slug: string) => {
  const article = await step("load_draft", () => loadDraft(slug));
  const featured = article.tags.has("featured");
  return await publishToCms(article.slug, article.title, featured);
});
