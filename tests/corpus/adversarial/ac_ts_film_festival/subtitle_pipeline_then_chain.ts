// SDK: windmill-client 1.818.0 client.mjs: a task call's `{ then }` object has no `catch`: `transcode(...).then(...).catch(...)` calls `.catch` on whatever `then` returned (undefined on a completed step) and throws a TypeError
import { task, step, workflow } from "windmill-client";

type Track = { lang: string; srtUrl: string };

const transcodeDcp = task(async (filmId: string, profile: "dcp" | "h264") => {
  const r = await fetch("https://encode.reelfest.example/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ filmId, profile }),
  });
  return (await r.json()) as { url: string; bytes: number };
});

const burnSubtitles = task(async (videoUrl: string, track: Track) => {
  const r = await fetch("https://encode.reelfest.example/burn", {
    method: "POST",
    body: JSON.stringify({ videoUrl, srt: track.srtUrl, lang: track.lang }),
  });
  return ((await r.json()) as { url: string }).url;
});

const registerScreeningCopy = task(async (filmId: string, urls: string[]) => {
  await fetch(`https://cms.reelfest.example/films/${filmId}/copies`, { method: "PUT", body: JSON.stringify({ urls }) });
  return urls.length;
});

export const main = workflow(async (filmId: string, tracks: Track[]) => {
  const fallback = `https://archive.reelfest.example/masters/${filmId}.mp4`;
  const master = await transcodeDcp(filmId, "h264").then((m) => m.url).catch(() => fallback); // expect: WAC202

  const copies: string[] = [];
  for (const t of tracks) {
    copies.push(await burnSubtitles(master, t));
  }
  const registered = await registerScreeningCopy(filmId, copies);
  const langs = await step("langs", () => tracks.map((t) => t.lang).sort());
  return { filmId, registered, langs };
});
