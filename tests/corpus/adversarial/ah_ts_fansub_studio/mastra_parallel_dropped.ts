// SDK: windmill-client 1.818.0 client.mjs _nextStep(): a task call only queues its step until something awaits the thenable; the typesetting promises are built and never awaited, so the signs are never typeset and the release goes out without them
import { task, workflow } from "windmill-client";

// Ported from Mastra: `workflow.then(timeSubs).parallel([typesetSigns, karaokeFx]).then(mux).commit()`.

type Track = { episodeId: string; lang: string; assUrl: string };

const timeSubs = task(async (track: Track) => {
  const r = await fetch("https://timing.subtle-studio.example/v1/snap", { method: "POST", body: JSON.stringify(track) });
  return (await r.json()).assUrl as string;
});

const typesetSigns = task(async (assUrl: string, font: string) => {
  const r = await fetch("https://typeset.subtle-studio.example/v1/signs", { method: "POST", body: JSON.stringify({ assUrl, font }) });
  return (await r.json()).assUrl as string;
});

const karaokeFx = task(async (assUrl: string, template: string) => {
  const r = await fetch("https://typeset.subtle-studio.example/v1/karaoke", { method: "POST", body: JSON.stringify({ assUrl, template }) });
  return (await r.json()).assUrl as string;
});

const mux = task(async (episodeId: string, tracks: string[]) => {
  const r = await fetch("https://mux.subtle-studio.example/v1/mkv", { method: "POST", body: JSON.stringify({ episodeId, tracks }) });
  return (await r.json()).releaseUrl as string;
});

export const main = workflow(async (tracks: Track[], font = "Gandhi Sans", karaokeTemplate = "k-fade") => {
  const timed: string[] = [];
  for (const t of tracks) timed.push(await timeSubs(t));
  const signs = timed.map((url) => typesetSigns(url, font)); // expect: WAC106
  const [op] = await Promise.all([karaokeFx(timed[0], karaokeTemplate)]);
  const releaseUrl = await mux(tracks[0].episodeId, [op, ...timed.slice(1)]);
  return { releaseUrl, signsQueued: signs.length };
});
