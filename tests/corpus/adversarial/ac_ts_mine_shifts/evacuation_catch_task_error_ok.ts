// SDK: windmill-client 1.818.0 wacError.mjs: a failed task is rethrown as an Error named "TaskError"; the handler recovers only from that and from messages the suspension ("__step_suspend__") never carries
import { task, step, workflow } from "windmill-client";

const lockoutHoist = task(async (hoistId: string, reason: string) => {
  const r = await fetch(`https://hoist.deepcore.example/api/hoists/${hoistId}/lockout`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  if (!r.ok) throw new Error(`lockout refused (${r.status})`);
  return { hoistId, lockedOut: true };
});

const alertControlRoom = task(async (hoistId: string, error: string) => {
  await fetch("https://pager.deepcore.example/send", { method: "POST", body: JSON.stringify({ hoistId, error }) });
  return true;
});

export const main = workflow(async (hoistIds: string[], reason: string) => {
  const results: { hoistId: string; lockedOut: boolean; error?: string }[] = [];
  for (const hoistId of hoistIds) {
    try {
      results.push(await lockoutHoist(hoistId, reason));
    } catch (e) {
      if (e instanceof Error && (e.name === "TaskError" || e.message.includes("lockout refused"))) {
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
