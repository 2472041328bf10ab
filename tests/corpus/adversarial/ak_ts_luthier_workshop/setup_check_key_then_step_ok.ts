// SDK: windmill-client 1.818.0 index.js `_allocKey`: the approval keyed "setup_check" comes first and gets that key; the later `step("setup_check", ...)` is keyed `setup_check_2` (steps never throw on a taken name, only an explicit approval key does), the same on every replay
// Agent-written: the master luthier approves the setup, then the approval's value is recorded by a step of the same name.
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const pingMaster = task(async function pingMaster(serial: string, resumeUrl: string): Promise<void> {
  await fetch("https://chat.luthiers.example/hooks/bench", { method: "POST", body: JSON.stringify({ serial, resumeUrl }) });
});

export const main = workflow(async (serial: string) => {
  const urls = await step("setup_urls", () => getApprovalUrls("setup_check"));
  await pingMaster(serial, urls.resume);
  const decision = await waitForApproval({ key: "setup_check", form: { type: "object", properties: { notes: { type: "string" } } } });
  const record = await step("setup_check", () => ({ serial, approved: decision.approved, by: decision.approver }));
  return record;
});
