// GTFS feed helpers.
export interface FeedInfo {
  feed_version: string;
  trip_count: number;
  valid_from: string;
}

export async function latestFeed(url: string): Promise<FeedInfo> {
  const resp = await fetch(`${url}/feed_info.json`);
  if (!resp.ok) throw new Error(`feed ${url}: ${resp.status}`);
  return (await resp.json()) as FeedInfo;
}

export function tripKey(route: string, departure: string): string {
  return `${route}@${departure}`;
}

export function summarize(feed: FeedInfo): string {
  return `${feed.feed_version} (${feed.trip_count} trips from ${feed.valid_from})`;
}
