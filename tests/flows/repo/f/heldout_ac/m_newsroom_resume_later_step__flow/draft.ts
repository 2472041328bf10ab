import * as wmill from "windmill-client";

export async function main(story_id: string) {
  const cms = await wmill.getResource("f/newsroom/cms");
  const res = await fetch(`${cms.url}/stories/${story_id}`, { headers: { Authorization: `Bearer ${cms.token}` } });
  if (!res.ok) throw new Error(`cms answered ${res.status}`);
  const story = await res.json();
  return { story_id, headline: story.headline as string, words: String(story.body).split(/\s+/).length };
}
