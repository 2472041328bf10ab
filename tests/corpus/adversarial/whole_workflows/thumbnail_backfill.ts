// SDK: windmill-client 1.818.0 client.mjs: a task call returns a thenable whose then() raises StepSuspend; Promise.all(pending) calls it inside the try, so the catch that returns [] swallows the suspension.
import { step, task, workflow } from "windmill-client";

type Video = { id: string; sourceUrl: string; durationS: number };

const FRAME_AT_S = 3;

const extractFrame = task(async (videoId: string, sourceUrl: string, atS: number) => {
  const res = await fetch("https://ffmpeg.internal/frame", {
    method: "POST",
    body: JSON.stringify({ src: sourceUrl, at: atS }),
  });
  const { key } = (await res.json()) as { key: string };
  return { videoId, key };
});

const saveThumbnails = task(async (rows: { videoId: string; key: string }[]) => {
  await fetch("https://cms.internal/api/thumbnails", { method: "PUT", body: JSON.stringify(rows) });
  return rows.length;
});

function frameTime(v: Video): number {
  return Math.min(FRAME_AT_S, Math.max(0, v.durationS - 1));
}

export const main = workflow(async (videos: Video[]) => {
  const pending: Promise<{ videoId: string; key: string }>[] = [];
  for (const video of videos) {
    if (video.durationS <= 0) continue;
    pending.push(extractFrame(video.id, video.sourceUrl, frameTime(video)));
  }

  let frames: { videoId: string; key: string }[] = [];
  try {
    frames = await Promise.all(pending);
  } catch (err) { // expect: WAC202
    console.error("frame extraction failed", err);
    frames = [];
  }

  const saved = await saveThumbnails(frames);
  const skipped = await step("skipped", () => videos.filter((v) => v.durationS <= 0).map((v) => v.id));
  return { saved, skipped };
});
