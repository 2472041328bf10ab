// SDK: windmill-client 1.818.0: sleep(seconds) suspends the workflow; step() checkpoints; the body's loop is replayed with cached results
import { sleep, step, task, workflow } from "windmill-client";

interface Frame {
  camera: string;
  turbidity: number;
}

const grabFrame = task(async (camera: string): Promise<Frame> => {
  const r = await fetch(`http://cams.lan/${camera}/turbidity`);
  return { camera, turbidity: Number(await r.text()) };
});

const notifyBiologists = task(async (camera: string, turbidity: number) => {
  await fetch("https://hooks.slack.example.com/services/T000/B000/XXX", {
    method: "POST",
    body: JSON.stringify({ text: `Possible spawning at ${camera}: turbidity ${turbidity.toFixed(1)}` }),
  });
});

const THRESHOLD = 7.5;

export const main = workflow(async (camera: string, checks = 12, intervalMinutes = 20) => {
  let peak = 0;
  for (let i = 0; i < checks; i++) {
    const frame = await grabFrame(camera);
    peak = Math.max(peak, frame.turbidity);
    if (frame.turbidity >= THRESHOLD) {
      const seenAt = await step("seen_at", () => Date.now());
      await notifyBiologists(camera, frame.turbidity);
      return { spawning: true, seenAt: new Date(seenAt).toISOString(), checks: i + 1 };
    }
    await sleep(intervalMinutes * 60);
  }
  return { spawning: false, peak };
});
