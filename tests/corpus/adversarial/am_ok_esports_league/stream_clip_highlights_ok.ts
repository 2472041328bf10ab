// SDK: windmill-client 1.818.0: taskFlow with an object argument; the clock is read only in step(); a module-level Intl formatter is pure; the try/finally around tasks only logs
import { step, taskFlow, task, workflow } from "windmill-client";

const renderClips = taskFlow("f/esports/render_highlight_clips", { timeout: 3600 });

const fmt = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

const topMoments = task(async (matchId: string, limit: number) => {
  const r = await fetch(`https://stats.example-frag.gg/matches/${matchId}/moments?limit=${limit}`);
  if (!r.ok) throw new Error(`moments ${r.status}`);
  return (await r.json()) as { startS: number; endS: number; hype: number }[];
});

const postToSocial = task(async (matchId: string, urls: string[], caption: string) => {
  const r = await fetch("https://social.example-frag.gg/posts", { method: "POST", body: JSON.stringify({ matchId, urls, caption }) });
  return r.ok;
});

export const main = workflow(async (matchId: string, limit = 5) => {
  const moments = await topMoments(matchId, limit);
  const totalS = moments.reduce((s, m) => s + (m.endS - m.startS), 0);
  const caption = `${moments.length} highlights, ${fmt.format(totalS / 60)} min`;
  let urls: string[] = [];
  try {
    urls = (await renderClips({ matchId, moments })) as string[];
  } finally {
    console.log(`render for ${matchId} requested (${moments.length} moments)`);
  }
  const postedAt = await step("posted_at", () => new Date().toISOString());
  const ok = await postToSocial(matchId, urls, caption);
  return { ok, postedAt, urls };
});
