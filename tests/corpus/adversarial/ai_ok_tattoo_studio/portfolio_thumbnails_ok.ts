// SDK: windmill-client 1.818.0: task bodies use Bun file APIs and crypto; the body only dispatches
import { parallel, step, task, workflow } from "windmill-client";

type Image = { key: string; url: string };

const makeThumb = task(async (img: Image) => {
  const res = await fetch(img.url);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const tmp = `/tmp/${crypto.randomUUID()}.jpg`;
  await Bun.write(tmp, bytes);
  const proc = Bun.spawn(["convert", tmp, "-resize", "400x400", `${tmp}.thumb.jpg`]);
  await proc.exited;
  const thumb = await Bun.file(`${tmp}.thumb.jpg`).arrayBuffer();
  const up = await fetch(`https://cdn.example.ink/upload/${img.key}-thumb.jpg`, { method: "PUT", body: thumb });
  return { key: img.key, ok: up.ok, bytes: thumb.byteLength };
});

const listImages = task(async (artist: string): Promise<Image[]> => {
  const res = await fetch(`https://cdn.example.ink/list?prefix=${encodeURIComponent(artist)}/`);
  return (await res.json()) as Image[];
});

export const main = workflow(async (artist: string) => {
  const images = await listImages(artist);
  const todo = images.filter((i) => !i.key.endsWith("-thumb.jpg"));
  const results = await parallel(todo, makeThumb, { concurrency: 6 });
  const failed = results.filter((r) => !r.ok).map((r) => r.key);
  const totalKb = Math.round(results.reduce((s, r) => s + r.bytes, 0) / 1024);
  const ranAt = await step("ran_at", () => new Date().toISOString());
  return { artist, made: results.length - failed.length, failed, totalKb, ranAt };
});
