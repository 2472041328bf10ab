// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: the suspension is an Error named "StepSuspend" with a non-empty message, so `e instanceof Error && e.message` is true for it and the handler returns instead of suspending
import { task, step, workflow } from "windmill-client";

const lockoutHoist = task(async (hoistId: string, reason: string) => {
  const r = await fetch(`https://hoist.deepcore.example/api/hoists/${hoistId}/lockout`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  if (!r.ok) throw new Error(`lockout refused (${r.status})`);
  return { hoistId, lockedOut: true };
});

const countCage = task(async (hoistId: string) => {
  const r = await fetch(`https://tracking.deepcore.example/api/hoists/${hoistId}/cage`);
  return ((await r.json()) as { persons: number }).persons;
});

const alertControlRoom = task(async (hoistId: string, error: string) => {
  await fetch("https://pager.deepcore.example/send", {
    method: "POST",
    body: JSON.stringify({ to: "control-room", text: `Hoist ${hoistId}: ${error}` }),
  });
  return true;
});

export const main = workflow(async (hoistIds: string[], reason: string) => {
  const results: { hoistId: string; lockedOut: boolean; error?: string }[] = [];
  for (const hoistId of hoistIds) {
    try {
      const persons = await countCage(hoistId);
      if (persons > 0) {
        results.push({ hoistId, lockedOut: false, error: `${persons} in cage` });
        continue;
      }
      results.push(await lockoutHoist(hoistId, reason));
    } catch (e) { // expect: WAC202
      if (e instanceof Error && e.message) {
        await alertControlRoom(hoistId, e.message);
        results.push({ hoistId, lockedOut: false, error: e.message });
        continue;
      }
      throw e;
    }
  }
  const failed = await step("failed", () => results.filter((r) => !r.lockedOut).map((r) => r.hoistId));
  return { results, failed };
});
