// SDK: windmill-client 1.818.0 client.mjs _nextStep(): in the first round `await burnIn(...)` throws StepSuspend (an Error); the helper's bare `catch { return ... }` turns it into the soft-sub fallback, and the release is muxed without hardsubs
import { task, workflow } from "windmill-client";

type Release = { episodeId: string; videoUrl: string; assUrl: string; group: string };

const burnIn = task(async (videoUrl: string, assUrl: string) => {
  const r = await fetch("https://encode.subtle-studio.example/v1/hardsub", {
    method: "POST",
    body: JSON.stringify({ videoUrl, assUrl, crf: 18 }),
  });
  if (!r.ok) throw new Error(`encoder busy: ${r.status}`);
  return { kind: "hardsub" as const, url: (await r.json()).url as string };
});

const muxRelease = task(async (episodeId: string, video: { kind: string; url: string }, assUrl: string) => {
  const r = await fetch("https://mux.subtle-studio.example/v1/mkv", {
    method: "POST",
    body: JSON.stringify({ episodeId, video, subs: video.kind === "softsub" ? [assUrl] : [] }),
  });
  return (await r.json()).releaseUrl as string;
});

async function videoFor(rel: Release) {
  try {
    return await burnIn(rel.videoUrl, rel.assUrl);
  } catch {
    return { kind: "softsub" as const, url: rel.videoUrl };
  }
}

export const main = workflow(async (rel: Release) => {
  const video = await videoFor(rel); // expect: WAC202
  const releaseUrl = await muxRelease(rel.episodeId, video, rel.assUrl);
  return { releaseUrl, hardsubbed: video.kind === "hardsub", group: rel.group };
});
