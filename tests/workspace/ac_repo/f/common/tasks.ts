import { task } from "windmill-client";

const SNOW_API = "https://snow.resort.example/v2";

export const measureSnow = task(async (zone: string) => {
  const res = await fetch(`${SNOW_API}/zones/${zone}/depth`);
  const body = (await res.json()) as { cm: number; at: string };
  return { cm: body.cm, at: new Date(body.at) }; // expect: WAC107
});

export const measureSnowOk = task(async (zone: string) => {
  const res = await fetch(`${SNOW_API}/zones/${zone}/depth`);
  const body = (await res.json()) as { cm: number; at: string };
  return { cm: body.cm, at: body.at };
});

export const openedZones = task(async (zones: string[]): Promise<Set<string>> => {
  const res = await fetch(`${SNOW_API}/open?zones=${zones.join(",")}`);
  return new Set(((await res.json()) as string[]).filter((z) => zones.includes(z))); // expect: WAC107
});
