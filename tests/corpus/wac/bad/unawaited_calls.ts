// MISTAKE: durable calls whose result is never awaited ("fire and forget").
// Inside a workflow every task, step, sleep and approval must be awaited.
import { task, workflow, step, sleep, waitForApproval } from "windmill-client";

const recordEvent = task(async (userId: string, event: string) => {
  await fetch("https://analytics.example/api/events", { method: "POST", body: JSON.stringify({ user: userId, event }) });
});

const loadProfile = task(async (userId: string) => {
  return (await (await fetch(`https://app.example/api/users/${userId}`)).json()) as { email: string; needs_review?: boolean };
});

const sendDigest = task(async (email: string): Promise<string> => {
  const res = await fetch("https://mail.example/send", { method: "POST", body: JSON.stringify({ to: email, template: "weekly_digest" }) });
  return (await res.json()).message_id;
});

export const main = workflow(async (userId: string) => {
  recordEvent(userId, "digest_started"); // expect: WAC106
  const profile = await loadProfile(userId);
  if (profile.needs_review) {
    waitForApproval({ timeout: 3600 }); // expect: WAC106
  }
  sleep(3600); // expect: WAC106
  const messageId = await sendDigest(profile.email);
  step("mark_sent", () => messageId); // expect: WAC106
  // `void` marks a deliberate fire-and-forget: the SDK still dispatches the task; not reported.
  void recordEvent(userId, "digest_sent");
  return { messageId };
});
