// SDK: windmill-client 1.818.0 client.mjs: every task call unwinds the body with StepSuspend until its result is checkpointed; `using` runs `[Symbol.dispose]` on each exit of the block, so the manifest file is rewritten (and truncated to what this round saw) on every round
import { writeFileSync } from "node:fs";
import { task, workflow } from "windmill-client";

type Frame = { key: string; bytes: number; gps: [number, number] };

class ManifestWriter implements Disposable {
  private readonly frames: Frame[] = [];
  constructor(private readonly path: string) {}

  add(frames: Frame[]): void {
    this.frames.push(...frames);
  }

  [Symbol.dispose](): void {
    writeFileSync(this.path, JSON.stringify({ frames: this.frames }, null, 2));
  }
}

const listFrames = task(async (flightId: string): Promise<Frame[]> => {
  const r = await fetch(`https://ingest.skyline-survey.example/v1/flights/${flightId}/frames`);
  return (await r.json()) as Frame[];
});

const stitchOrtho = task(async (flightIds: string[], frameCount: number) => {
  const r = await fetch("https://odm.skyline-survey.example/v1/tasks", {
    method: "POST",
    body: JSON.stringify({ flights: flightIds, expected: frameCount }),
  });
  return (await r.json()) as { taskId: string };
});

export const main = workflow(async (projectCode: string, flightIds: string[]) => {
  let total = 0;
  {
    using manifest = new ManifestWriter(`/tmp/${projectCode}-manifest.json`); // expect: WAC101
    for (const id of flightIds) {
      const frames = await listFrames(id);
      manifest.add(frames);
      total += frames.length;
    }
  }
  const ortho = await stitchOrtho(flightIds, total);
  return { projectCode, frames: total, orthoTask: ortho.taskId };
});
