// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on whichever worker picks up the next round; `??=` reads the worker's environment there, so the region the tasks get can change between rounds.
import { task, workflow } from "windmill-client";

type Settings = { bucket: string; region?: string; prefix: string };

const listObjects = task(async (bucket: string, region: string, prefix: string) => {
  const res = await fetch(`https://s3-proxy.example.com/${region}/${bucket}?prefix=${encodeURIComponent(prefix)}`);
  return (await res.json()) as string[];
});

const deleteObjects = task(async (bucket: string, region: string, keys: string[]) => {
  await fetch(`https://s3-proxy.example.com/${region}/${bucket}/delete`, {
    method: "POST",
    body: JSON.stringify(keys),
  });
  return keys.length;
});

export const main = workflow(async (settings: Settings) => {
  settings.region ??= Bun.env.AWS_REGION; // expect: WAC102
  const region = settings.region ?? "eu-west-1";
  const keys = await listObjects(settings.bucket, region, settings.prefix);
  const deleted = await deleteObjects(settings.bucket, region, keys);
  return { region, deleted };
});
