// SDK: windmill-client 1.818.0 task results are JSON-decoded: an instance of a class comes back as a plain object without its methods or getters
import { task, workflow } from "windmill-client";

class Episode {
  constructor(
    public readonly slug: string,
    public readonly audioKey: string,
    public readonly durationS: number,
  ) {}

  get cdnUrl(): string {
    return `https://cdn.podcasts.example.com/${this.audioKey}`;
  }

  chapters(every: number): number[] {
    const marks: number[] = [];
    for (let t = 0; t < this.durationS; t += every) marks.push(t);
    return marks;
  }
}

const ingest = task(async (feedItemUrl: string): Promise<Episode> => {
  const res = await fetch(`${process.env.INGEST_SVC}/episodes`, { method: "POST", body: JSON.stringify({ url: feedItemUrl }) });
  const j = (await res.json()) as { slug: string; key: string; duration: number };
  return new Episode(j.slug, j.key, j.duration); // expect: WAC107
});

const publishEpisode = task(async (slug: string, url: string, chapters: number[]) => {
  await fetch(`${process.env.CMS_URL}/episodes/${slug}/publish`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.CMS_TOKEN}` },
    body: JSON.stringify({ url, chapters }),
  });
  return url;
});

export const main = workflow(async (feedItemUrl: string, chapterEveryS: number = 600) => {
  const ep = await ingest(feedItemUrl);
  const url = await publishEpisode(ep.slug, ep.cdnUrl, ep.chapters(chapterEveryS));
  return { slug: ep.slug, url };
});
