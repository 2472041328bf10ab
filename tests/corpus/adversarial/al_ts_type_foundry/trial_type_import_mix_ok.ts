// SDK: windmill-client 1.818.0 index.d.ts exports `type TaskOptions` beside `task`, `step`, `sleep`, `workflow`; inline `type` specifiers are erased, the value names stay unaliased, and windmill-oracle `dag` draws `sendTrial`, the step and the sleep
// Team code: trial licences; option objects typed with the SDK's own types, `import type` / `export type` mixed in.
import { sleep, step, task, type TaskOptions, workflow } from "windmill-client";
import type { Jsonified } from "windmill-client";

export type { TrialRequest };

interface TrialRequest {
  email: string;
  families: string[];
}

const SEND_OPTIONS = { timeout: 120, retry: { attempts: 2, delay: 30 } } satisfies TaskOptions;

const sendTrial = task(async function sendTrial(email: string, families: string[]) {
  const r = await fetch("https://licensing.kernhaus.example/api/trials", {
    method: "POST",
    body: JSON.stringify({ email, families }),
  });
  return (await r.json()) as { trialId: string; expiresAt: string };
}, SEND_OPTIONS);

const remindTrial = task(async function remindTrial(trialId: string) {
  await fetch(`https://licensing.kernhaus.example/api/trials/${trialId}/remind`, { method: "POST" });
  return trialId;
});

export const main = workflow(async (email: string, families: string[]) => {
  const request: TrialRequest = { email, families };
  const trial: Jsonified<{ trialId: string; expiresAt: string }> = await sendTrial(request.email, request.families);
  const daysLeft = await step("days_left", () => Math.ceil((Date.parse(trial.expiresAt) - Date.now()) / 86_400_000));
  await sleep(Math.max(1, daysLeft - 2) * 86_400);
  await remindTrial(trial.trialId);
  return { trialId: trial.trialId };
});
