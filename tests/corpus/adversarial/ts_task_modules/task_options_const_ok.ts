// SDK: windmill-client 1.818.0 client.mjs: shared TaskOptions kept in a top-level const and given to each top-level task() call is fine (timeout and tag are read by _nextStep).
import { task, workflow } from "windmill-client";

const HEAVY = { timeout: 1800, tag: "highmem" };

const transcode = task(async function transcode(url: string, preset: string) {
  return { url, preset, output: `${url}.${preset}.mp4` };
}, HEAVY);
const thumbnail = task(async (url: string, second: number) => ({ url, second, png: `${url}.${second}.png` }), HEAVY);

export const main = workflow(async (url: string, presets: string[]) => {
  const out = [];
  for (const p of presets) out.push(await transcode(url, p));
  const thumb = await thumbnail(url, 1);
  return { out, thumb };
});
