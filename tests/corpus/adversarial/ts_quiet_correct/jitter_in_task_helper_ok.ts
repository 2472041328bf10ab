// SDK: windmill-client 1.818.0 client.mjs task(): the retry helper with Math.random jitter and setTimeout backoff runs inside the task body only (its own child job), never in the workflow body.
import { task, workflow } from "windmill-client";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function backoffMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt) * (0.5 + Math.random());
}

async function withRetries<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt + 1 >= attempts) throw e;
      await wait(backoffMs(attempt));
    }
  }
}

class GeoClient {
  async lookup(ip: string) {
    return await withRetries(async () => {
      const res = await fetch(`https://geo.example.com/ip/${ip}`);
      if (!res.ok) throw new Error(`geo ${res.status}`);
      return (await res.json()) as { country: string };
    });
  }
}

const geolocate = task(async (ip: string) => {
  const started = performance.now();
  const { country } = await new GeoClient().lookup(ip);
  console.log(`lookup took ${Math.round(performance.now() - started)} ms`);
  return country;
});

export const main = workflow(async (ips: string[]) => {
  const countries = await Promise.all(ips.map((ip) => geolocate(ip)));
  return Object.groupBy(countries, (c) => c);
});
