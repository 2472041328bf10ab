// SDK: windmill-client 1.818.0 client.mjs: the same Bottleneck-wrapped fetcher called only inside a task; the body awaits the task per repository.
import Bottleneck from "bottleneck";
import { task, workflow } from "windmill-client";

const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 250 });

async function fetchRepo(slug: string) {
  const r = await fetch(`https://api.github.com/repos/${slug}`);
  return (await r.json()) as { stargazers_count: number };
}

const fetchRepoLimited = limiter.wrap(fetchRepo);
const formatSlug = limiter.wrap(async (slug: string) => slug.trim().toLowerCase());

const stars = task(async (slug: string) => (await fetchRepoLimited(slug)).stargazers_count);

export const main = workflow(async (slugs: string[]) => {
  const out = [];
  for (const slug of slugs) out.push({ slug, stars: await stars(await formatSlug(slug)) });
  return out;
});
