// SDK: windmill-client 1.818.0 a plain script: writeS3File / getResource / crypto.randomUUID / new Date() in main, a retry loop with try/catch; nothing here is a workflow (the import list has no WAC name)
import * as wmill from "windmill-client";
import { XMLParser, XMLBuilder } from "fast-xml-parser";

type Episode = { title: string; audioUrl: string; durationSec: number; description: string };

async function withRetries<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (e) {
      lastErr = e;
      await new Promise((r) => setTimeout(r, 1000 * (i + 1)));
    }
  }
  throw lastErr;
}

export async function main(feedKey: string, episode: Episode) {
  const bucket = await wmill.getResource("f/radio/podcast_bucket");
  const current = await withRetries(async () => {
    const res = await fetch(`${bucket.publicUrl}/${feedKey}`);
    if (!res.ok) throw new Error(`feed ${res.status}`);
    return await res.text();
  });

  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = parser.parse(current);
  const guid = crypto.randomUUID();
  const item = {
    title: episode.title,
    description: episode.description,
    guid,
    pubDate: new Date().toUTCString(),
    enclosure: { "@_url": episode.audioUrl, "@_type": "audio/mpeg", "@_length": "0" },
    "itunes:duration": episode.durationSec,
  };
  const items = feed.rss.channel.item ?? [];
  feed.rss.channel.item = [item, ...(Array.isArray(items) ? items : [items])].slice(0, 100);

  const xml = new XMLBuilder({ ignoreAttributes: false, format: true }).build(feed);
  await wmill.writeS3File({ s3: feedKey }, xml, "f/radio/podcast_bucket");
  return { guid, items: feed.rss.channel.item.length };
}
