// SDK: windmill-client 1.818.0 client.mjs retryDelaySeconds(): delay and max_delay in seconds; a millisecond setting from the old config is divided by 1000.
import { task, workflow } from "windmill-client";

const MIN_TIMEOUT_MS = 5000;

const transcode = task(
  async (videoId: string, preset: string) => {
    const res = await fetch("https://encoder.example.com/jobs", {
      method: "POST",
      body: JSON.stringify({ videoId, preset }),
    });
    if (res.status >= 500) throw new Error(`encoder busy (${res.status})`);
    return (await res.json()) as { outputUrl: string };
  },
  { timeout: 3600, retry: { attempts: 3, delay: MIN_TIMEOUT_MS / 1000, multiplier: 2, max_delay: 60 } },
);

const publish = task(async (videoId: string, outputUrl: string) => {
  await fetch(`https://cms.example.com/videos/${videoId}`, {
    method: "PATCH",
    body: JSON.stringify({ outputUrl, status: "ready" }),
  });
  return true;
});

export const main = workflow(async (videoId: string, preset: "720p" | "1080p" = "1080p") => {
  const { outputUrl } = await transcode(videoId, preset);
  await publish(videoId, outputUrl);
  return { videoId, outputUrl };
});
