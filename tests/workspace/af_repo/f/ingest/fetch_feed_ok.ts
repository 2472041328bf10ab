// Fetch the partner RSS feed and store new items (plain script, every 15 minutes).
import * as wmill from "windmill-client";

type Item = { guid: string; title: string; published: string };

function parse(xml: string): Item[] {
  const items: Item[] = [];
  for (const m of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const get = (tag: string) => m[1].match(new RegExp(`<${tag}>(.*?)</${tag}>`))?.[1] ?? "";
    items.push({ guid: get("guid"), title: get("title"), published: get("pubDate") });
  }
  return items;
}

export async function main(feed_url: string, max_items = 50) {
  const state = ((await wmill.getState()) ?? { seen: [] }) as { seen: string[] };
  const resp = await fetch(feed_url);
  const items = parse(await resp.text()).slice(0, max_items);
  const fresh = items.filter((i) => !state.seen.includes(i.guid));
  await wmill.setState({ seen: [...state.seen, ...fresh.map((i) => i.guid)].slice(-500), at: Date.now() });
  return { fetched: items.length, fresh: fresh.length, id: crypto.randomUUID() };
}
