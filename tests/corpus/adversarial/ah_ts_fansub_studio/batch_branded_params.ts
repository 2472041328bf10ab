// SDK: windmill-oracle sig (windmill-parser-wasm-ts): a branded alias (`string & { __brand }`) and a `readonly string[]` without default parse as `unknown` (untyped inputs); with a default (`= ["en"]`) the parser reads the type from the default, a list of strings; the literal union is a string enum
import { task, workflow } from "windmill-client";

type EpisodeId = string & { readonly __brand: "EpisodeId" };
type Codec = "h264" | "hevc" | "av1";

const queueEncode = task(async (episodeId: string, codec: Codec, langs: string[]) => {
  const r = await fetch("https://encode.subtle-studio.example/v1/jobs", {
    method: "POST",
    body: JSON.stringify({ episodeId, codec, langs }),
  });
  return (await r.json()).jobId as string;
});

const markQueued = task(async (episodeIds: string[], jobIds: string[]) => {
  await fetch("https://tracker.subtle-studio.example/api/queue", {
    method: "POST",
    body: JSON.stringify(episodeIds.map((id, i) => ({ id, job: jobIds[i] }))),
  });
});

export const main = workflow(async (
  episode: EpisodeId, // expect: WAC902
  mirrors: readonly string[], // expect: WAC902
  codec: Codec = "hevc",
  langs: readonly string[] = ["en"],
) => {
  const jobIds: string[] = [];
  for (const lang of langs) jobIds.push(await queueEncode(episode, codec, [lang]));
  await markQueued([episode], jobIds);
  return { queued: jobIds.length, mirrors: mirrors.length };
});
