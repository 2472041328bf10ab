// SDK: windmill-client 1.818.0 a plain script on a schedule: reads the automation system, posts to Mastodon, remembers the last track in state; Date.now() dedupes within a window; a local function named `workflow` formats the post (no SDK import of it)
import { getState, getVariable, setState } from "windmill-client";

type Track = { artist: string; title: string; album?: string; started_at: string; isrc?: string };

const DEDUPE_WINDOW_MS = 10 * 60_000;

// Our posting "workflow": pick hashtags and trim to the 500-char limit.
function workflow(track: Track, show: string): string {
  const tags = ["#NowPlaying", "#CommunityRadio", `#${show.replace(/\W+/g, "")}`];
  const text = `${track.artist} – ${track.title}${track.album ? ` (${track.album})` : ""}`;
  return `${text}\n${tags.join(" ")}`.slice(0, 500);
}

export async function main(show: string, automationUrl = "http://rivendell.local:8080") {
  const res = await fetch(`${automationUrl}/api/nowplaying`);
  if (!res.ok) return { posted: false, reason: `automation ${res.status}` };
  const track: Track = await res.json();

  const last = (await getState()) as { key?: string; at?: number } | undefined;
  const key = `${track.artist}|${track.title}`.toLowerCase();
  if (last?.key === key && Date.now() - (last.at ?? 0) < DEDUPE_WINDOW_MS) {
    return { posted: false, reason: "duplicate" };
  }

  const token = await getVariable("f/radio/mastodon_token");
  try {
    const post = await fetch("https://radio.social/api/v1/statuses", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Idempotency-Key": crypto.randomUUID() },
      body: new URLSearchParams({ status: workflow(track, show), visibility: "public" }),
    });
    if (!post.ok) throw new Error(`mastodon ${post.status}`);
  } catch (e) {
    console.error("post failed", e);
    return { posted: false, reason: String(e) };
  }
  await setState({ key, at: Date.now() });
  return { posted: true, key };
}
