// SDK: windmill-client 1.818.0 index.js: a task's result crosses the checkpoint through `JSON.stringify` (`encodeCheckpointPayload`), which calls the instance's own `toJSON`; the body reads only the fields `toJSON` writes (`zone`, `level`, `label`), never a method
// Team code: danger ratings as a small class with an explicit wire format.
import { task, workflow } from "windmill-client";

class DangerRating {
  constructor(
    readonly zone: string,
    readonly level: 1 | 2 | 3 | 4 | 5,
  ) {}

  private get label(): string {
    return ["low", "moderate", "considerable", "high", "very high"][this.level - 1];
  }

  toJSON() {
    return { zone: this.zone, level: this.level, label: this.label };
  }
}

const rateZone = task(async function rateZone(zone: string) {
  const r = await fetch(`https://forecast.snowwatch.example/api/zones/${zone}/rating`);
  const { level } = (await r.json()) as { level: 1 | 2 | 3 | 4 | 5 };
  return new DangerRating(zone, level);
});

const postRatings = task(async function postRatings(lines: string[]) {
  await fetch("https://public.snowwatch.example/api/ratings", { method: "PUT", body: JSON.stringify(lines) });
  return lines.length;
});

export const main = workflow(async (zones: string[]) => {
  const lines: string[] = [];
  for (const zone of zones) {
    const rating = (await rateZone(zone)) as unknown as { zone: string; level: number; label: string };
    lines.push(`${rating.zone}: ${rating.level} (${rating.label})`);
  }
  return { posted: await postRatings(lines) };
});
