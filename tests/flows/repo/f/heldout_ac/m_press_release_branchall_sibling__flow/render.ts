import { marked } from "marked";

export async function main(title: string, body_md: string, embargo_until?: string) {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");
  return {
    slug,
    title,
    html: await marked.parse(body_md),
    teaser: body_md.split("\n")[0].slice(0, 200),
    embargo_until: embargo_until ?? null,
  };
}
