// SDK: windmill-client 1.818.0 client.mjs: step(name, fn) runs fn once and replays its JSON value; waitForApproval({ timeout, form }) suspends; getResumeUrls inside step is the guide's pattern.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

const TEAM = ["ana", "bruno", "chen"];

const postMessage = task(async (channel: string, text: string) => {
  const token = process.env.SLACK_TOKEN ?? "";
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
  return (await res.json()) as { ok: boolean; ts?: string };
});

const collectUpdates = task(async (members: string[], since: string) => {
  const updates: Record<string, string> = {};
  for (const m of members) {
    const res = await fetch(`https://standup.internal/api/updates/${m}?since=${since}`);
    updates[m] = res.ok ? await res.text() : "(no update)";
  }
  return updates;
});

/** Formats the digest; pure, safe to re-run on replay. */
const formatDigest = (updates: Record<string, string>, date: string): string =>
  [`*Standup ${date}*`, ...Object.entries(updates).map(([who, text]) => `• ${who}: ${text}`)].join("\n");

export const main = workflow(async (channel: string = "#eng-standup") => {
  // the date is read once and checkpointed, so the digest title is stable
  const today = await step("today", () => new Date().toISOString().slice(0, 10));
  const updates = await collectUpdates(TEAM, today);
  const missing = TEAM.filter((m) => updates[m] === "(no update)");

  if (missing.length > 0) {
    const urls = await step("resume_urls", () => getResumeUrls());
    await postMessage(channel, `Waiting on ${missing.join(", ")} — post anyway? ${urls.approvalPage}`);
    const answer = await waitForApproval({
      timeout: 4 * 3600,
      form: { type: "object", properties: { note: { type: "string" } } },
    });
    if (!answer.approved) return { posted: false, missing };
  }

  const digest = formatDigest(updates, today);
  const posted = await postMessage(channel, digest);
  return { posted: posted.ok, missing, length: digest.length };
});
