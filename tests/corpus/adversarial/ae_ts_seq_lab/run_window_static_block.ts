// SDK: windmill-client 1.818.0 client.mjs: every round runs the script again from the top, so the class's `static {}` block runs again and `RunWindow.openedAt` is a new instant on each replay: the "late run" branch can flip between rounds (added after the fixes)
import { task, workflow } from "windmill-client";

class RunWindow {
  static openedAt: number;
  static readonly maxAgeMs = 6 * 3600 * 1000;
  static {
    RunWindow.openedAt = Date.now();
  }
}

const startBasecalling = task(async (runId: string, fast: boolean) => {
  const r = await fetch("https://compute.helixlab.example/basecall", {
    method: "POST",
    body: JSON.stringify({ runId, model: fast ? "fast" : "sup" }),
  });
  return (await r.json()) as { jobId: string };
});

export const main = workflow(async (runId: string, finishedAt: number) => {
  const late = RunWindow.openedAt - finishedAt > RunWindow.maxAgeMs; // expect: WAC102
  const { jobId } = await startBasecalling(runId, late);
  return { runId, jobId, late };
});
