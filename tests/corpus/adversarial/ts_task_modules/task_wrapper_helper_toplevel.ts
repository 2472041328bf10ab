// SDK: windmill-client 1.818.0 client.mjs: a helper that wraps task() with shared options is called at top level, but the task() call itself sits inside the helper: the parser sees no top-level task assignment.
import { task, workflow } from "windmill-client";

function heavy<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return task(fn, { timeout: 1800, tag: "highmem" }); // expect: WAC003
}

const transcode = heavy(async function transcode(url: string, preset: string) {
  return { url, preset, output: `${url}.${preset}.mp4` };
});

export const main = workflow(async (url: string, presets: string[]) => {
  const out = [];
  for (const p of presets) out.push(await transcode(url, p));
  return out;
});
