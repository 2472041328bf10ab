// SDK: windmill-client 1.818.0 encodeCheckpointPayload maps undefined to null; filtering before the step leaves no undefined to change
import { step, task, workflow } from "windmill-client";

type Probe = { key: string; durationS: number; codec: string };

const ffprobe = task(async (url: string): Promise<Probe | null> => {
  const res = await fetch(`${process.env.PROBE_SVC}/probe?url=${encodeURIComponent(url)}`);
  if (res.status === 415) return null;
  return (await res.json()) as Probe;
});

const publish = task(async (playlistId: string, keys: string[]) => {
  await fetch(`${process.env.CMS_URL}/playlists/${playlistId}/items`, {
    method: "PUT",
    headers: { authorization: `Bearer ${process.env.CMS_TOKEN}` },
    body: JSON.stringify({ items: keys }),
  });
  return keys.length;
});

export const main = workflow(async (playlistId: string, urls: string[]) => {
  const probes: (Probe | null)[] = [];
  for (const url of urls) probes.push(await ffprobe(url));

  const keys = await step("playable", () => probes.filter((p): p is Probe => p !== null && p.codec !== "prores").map((p) => p.key));
  const count = await publish(playlistId, keys);
  return { playlistId, published: count, skipped: urls.length - count };
});
