// SDK: windmill-client 1.818.0 step()/task() results are checkpointed; a setter used in the body itself after the awaited task is rebuilt the same way each round
import { task, waitForApproval, workflow } from "windmill-client";

const tracker = {
  history: [] as { flag: string; enabled: boolean }[],
  set last(entry: { flag: string; enabled: boolean }) {
    this.history.push(entry);
  },
};

const setFlag = task(async (flag: string, enabled: boolean) => {
  const res = await fetch(`https://api.configcat.com/v1/environments/${process.env.CONFIGCAT_ENV}/settings/${flag}/value`, {
    method: "PUT",
    headers: { authorization: `Basic ${process.env.CONFIGCAT_BASIC}`, "content-type": "application/json" },
    body: JSON.stringify({ value: enabled }),
  });
  return res.ok;
});

const announce = task(async (text: string) => {
  await fetch(process.env.SLACK_WEBHOOK!, { method: "POST", body: JSON.stringify({ text }) });
});

export const main = workflow(async (flags: string[], reason: string) => {
  for (const flag of flags) {
    const ok = await setFlag(flag, false);
    if (ok) tracker.last = { flag, enabled: false };
  }
  await announce(`Kill switch: disabled ${flags.join(", ")} (${reason}). Approve to re-enable.`);

  const approval = await waitForApproval({ timeout: 4 * 3600 });
  if (approval.approved) {
    for (const flag of flags) await setFlag(flag, true);
  }
  return { disabled: tracker.history.map((h) => h.flag), reenabled: approval.approved };
});
