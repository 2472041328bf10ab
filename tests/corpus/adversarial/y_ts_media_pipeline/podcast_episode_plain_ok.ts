// SDK: windmill-client 1.818.0 task results are JSON-decoded; a plain object is rebuilt into the class in the body, and structuredClone of JSON data is pure
import { task, workflow } from "windmill-client";

type EpisodeData = { slug: string; audioKey: string; durationS: number };

class Episode {
  constructor(private readonly d: EpisodeData) {}

  static from(d: EpisodeData): Episode {
    return new Episode(structuredClone(d));
  }

  get slug(): string {
    return this.d.slug;
  }

  get cdnUrl(): string {
    return `https://cdn.podcasts.example.com/${this.d.audioKey}`;
  }

  chapters(every: number): number[] {
    const marks: number[] = [];
    for (let t = 0; t < this.d.durationS; t += every) marks.push(t);
    return marks;
  }
}

const ingest = task(async (feedItemUrl: string): Promise<EpisodeData> => {
  const res = await fetch(`${process.env.INGEST_SVC}/episodes`, { method: "POST", body: JSON.stringify({ url: feedItemUrl }) });
  const j = (await res.json()) as { slug: string; key: string; duration: number };
  return { slug: j.slug, audioKey: j.key, durationS: j.duration };
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
  const ep = Episode.from(await ingest(feedItemUrl));
  const url = await publishEpisode(ep.slug, ep.cdnUrl, ep.chapters(chapterEveryS));
  return { slug: ep.slug, url };
});
