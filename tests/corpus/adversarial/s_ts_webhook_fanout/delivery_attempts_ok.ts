// SDK: windmill-client 1.818.0 wacError.mjs taskErrorFromMarker (name "TaskError"), client.mjs StepSuspend (name "StepSuspend"), sleep(seconds)
import { sleep, task, workflow } from "windmill-client";

type Hook = { id: string; url: string };

const deliver = task(async (hook: Hook, payload: unknown) => {
  const res = await fetch(hook.url, { method: "POST", body: JSON.stringify(payload) });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${hook.id}`);
  return res.status;
});

const parkInDeadLetter = task(async (hookId: string, reason: string, payload: unknown) => {
  await fetch("https://hooks.internal/dead-letter", {
    method: "POST",
    body: JSON.stringify({ hookId, reason, payload }),
  });
  return hookId;
});

export const main = workflow(async (hooks: Hook[], payload: object, maxAttempts = 4) => {
  const gone: string[] = [];
  const parked: string[] = [];

  for (const hook of hooks) {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        await deliver(hook, payload);
        break;
      } catch (err) {
        // Only a failed delivery is handled here; the SDK's suspension goes on up.
        if (!(err instanceof Error) || err.name !== "TaskError") throw err;
        if (err.message.includes("HTTP 410")) {
          gone.push(hook.id);
          break;
        }
        if (attempt === maxAttempts) {
          parked.push(await parkInDeadLetter(hook.id, err.message, payload));
        } else {
          await sleep(30 * 2 ** attempt);
        }
      }
    }
  }
  return { delivered: hooks.length - gone.length - parked.length, gone, parked };
});
