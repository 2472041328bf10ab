// SDK: windmill-client 1.818.0 client.mjs: the map starts every burn (each allocates its key in track order), `for await` awaits them in that order; an async generator yielding task thenables awaits each as it yields
import { task, workflow } from "windmill-client";

type Track = { lang: string; srtUrl: string };

const burnSubtitles = task(async (videoUrl: string, lang: string, srtUrl: string) => {
  const r = await fetch("https://encode.reelfest.example/burn", {
    method: "POST",
    body: JSON.stringify({ videoUrl, srt: srtUrl, lang }),
  });
  return { lang, url: ((await r.json()) as { url: string }).url };
});

const checkSync = task(async (url: string) => {
  const r = await fetch(`https://qc.reelfest.example/sync?url=${encodeURIComponent(url)}`);
  return ((await r.json()) as { driftMs: number }).driftMs;
});

async function* driftReports(copies: { lang: string; url: string }[]) {
  for (const c of copies) {
    yield { lang: c.lang, drift: await checkSync(c.url) };
  }
}

export const main = workflow(async (videoUrl: string, tracks: Track[]) => {
  const copies: { lang: string; url: string }[] = [];
  for await (const copy of tracks.map((t) => burnSubtitles(videoUrl, t.lang, t.srtUrl))) {
    copies.push(copy);
  }

  const flagged: string[] = [];
  for await (const report of driftReports(copies)) {
    if (Math.abs(report.drift) > 80) flagged.push(report.lang);
  }
  return { copies, flagged };
});
