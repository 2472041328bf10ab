// SDK: windmill-client 1.818.0 client.mjs: a task body runs in its own job, where no StepSuspend is thrown; a broad catch there is ordinary error handling.
import { task, workflow } from "windmill-client";

const fetchWeather = task(async (city: string) => {
  try {
    const res = await fetch(`https://weather.example.com/${encodeURIComponent(city)}`);
    return (await res.json()) as { tempC: number };
  } catch {
    return { tempC: Number.NaN };
  }
});

export const main = workflow(async (cities: string[]) => {
  const out: Record<string, number> = {};
  for (const c of cities) out[c] = (await fetchWeather(c)).tempC;
  return out;
});
