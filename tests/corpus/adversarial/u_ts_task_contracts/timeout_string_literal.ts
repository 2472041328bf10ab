// SDK: windmill-client 1.818.0 TaskOptions.timeout (client.d.ts: `timeout?: number`, seconds; _nextStep copies it as is into the step sent to the worker)
import { task, taskScript, workflow } from "windmill-client";

const transcode = taskScript("f/media/transcode", { timeout: "45m", tag: "gpu" }); // expect: WAC302

const listUploads = task(async function listUploads(channel: string) {
  const res = await fetch(`https://media.internal/channels/${channel}/uploads?state=raw`);
  return ((await res.json()) as { id: string; url: string }[]);
});

const markReady = task(async function markReady(uploadId: string, renditions: string[]) {
  await fetch(`https://media.internal/uploads/${uploadId}`, { method: "PATCH", body: JSON.stringify({ renditions }) });
});

export const main = workflow(async (channel: string) => {
  const uploads = await listUploads(channel);
  for (const u of uploads) {
    const out = await transcode({ source_url: u.url, profiles: ["1080p", "720p"] });
    await markReady(u.id, out.renditions);
  }
  return { processed: uploads.length };
});
