// SDK: windmill-client 1.818.0 sleep/step (client.mjs: sleep takes seconds; the functions work the same when called through an object)
import { sleep, step, task, workflow } from "windmill-client";

const HOUR = 3600;

/** Thin facade so the rest of the codebase never imports windmill-client directly. */
const durable = {
  step,
  sleep,
  checkpointNow: () => step("now", () => new Date().toISOString()),
};

const sendNudge = task(async function sendNudge(userId: string, n: number) {
  await fetch("https://engage.internal/nudges", { method: "POST", body: JSON.stringify({ userId, n }) });
});

const hasActivated = task(async function hasActivated(userId: string) {
  const res = await fetch(`https://product.internal/users/${userId}/activation`);
  return ((await res.json()) as { activated: boolean }).activated;
});

export const main = workflow(async (userId: string) => {
  const started = await durable.checkpointNow();
  for (let n = 1; n <= 3; n++) {
    if (await hasActivated(userId)) return { userId, activated: true, nudges: n - 1, started };
    await sendNudge(userId, n);
    await durable.sleep(2 * HOUR);
  }
  return { userId, activated: false, nudges: 3, started };
});
