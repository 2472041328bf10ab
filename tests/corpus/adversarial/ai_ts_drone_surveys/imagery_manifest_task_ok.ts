// SDK: windmill-client 1.818.0 client.mjs: the `using` block here only holds a timer that logs on dispose; the manifest is written inside a task, whose body runs once in its child job
import { writeFile } from "node:fs/promises";
import { task, workflow } from "windmill-client";

type Frame = { key: string; bytes: number; gps: [number, number] };

class Stopwatch implements Disposable {
  private readonly started = performance.now();
  constructor(private readonly label: string) {}
  [Symbol.dispose](): void {
    console.log(`${this.label}: ${(performance.now() - this.started).toFixed(0)} ms this round`);
  }
}

const listFrames = task(async (flightId: string): Promise<Frame[]> => {
  const r = await fetch(`https://ingest.skyline-survey.example/v1/flights/${flightId}/frames`);
  return (await r.json()) as Frame[];
});

const writeManifest = task(async (projectCode: string, frames: Frame[]) => {
  const path = `/tmp/${projectCode}-manifest.json`;
  await writeFile(path, JSON.stringify({ frames }, null, 2));
  return { path, count: frames.length };
});

export const main = workflow(async (projectCode: string, flightIds: string[]) => {
  const all: Frame[] = [];
  {
    using _sw = new Stopwatch("frame listing");
    for (const id of flightIds) {
      all.push(...(await listFrames(id)));
    }
  }
  const manifest = await writeManifest(projectCode, all);
  return { projectCode, ...manifest };
});
