// SDK: windmill-client 1.818.0 client.mjs: Bottleneck's `limiter.wrap(fn)` returns a function that schedules and calls `fn`; called in the body, its request runs on every replay.
import Bottleneck from "bottleneck";
import { task, workflow } from "windmill-client";

const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 250 });

async function fetchRepo(slug: string) {
  const r = await fetch(`https://api.github.com/repos/${slug}`);
  return (await r.json()) as { stargazers_count: number };
}

const fetchRepoLimited = limiter.wrap(fetchRepo);

const recordStars = task(async (slug: string, stars: number) => ({ slug, stars }));

export const main = workflow(async (slugs: string[]) => {
  const out = [];
  for (const slug of slugs) {
    const repo = await fetchRepoLimited(slug); // expect: WAC101
    out.push(await recordStars(slug, repo.stargazers_count));
  }
  return out;
});
