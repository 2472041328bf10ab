// SDK: windmill-client 1.818.0 client.mjs: `StepSuspend extends Error`, so `e instanceof Error` is true for the suspension; the handler takes every suspension; it survives only because the first thing it does is a task call, where `_rethrowSwallowed` rethrows the parked suspension (a refactor that logs or returns first would end the run as "escalated")
import { task, workflow } from "windmill-client";

type Submission = { platform: "ps5" | "xbox" | "switch"; build: string; sku: string };

const submitForCert = task(async (s: Submission) => {
  const r = await fetch(`https://cert.stormforge-games.example/${s.platform}/submissions`, {
    method: "POST",
    body: JSON.stringify({ build: s.build, sku: s.sku }),
  });
  if (!r.ok) throw new Error(`${s.platform} cert submission failed: ${r.status}`);
  return (await r.json()) as { ticket: string; verdict: "pass" | "fail"; issues: string[] };
});

const pageOncall = task(async (summary: string) => {
  await fetch("https://events.pagerduty.example/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ routing_key: "liveops-cert", event_action: "trigger", payload: { summary, severity: "error" } }),
  });
});

const openJiraIssues = task(async (platform: string, issues: string[]) => {
  const r = await fetch("https://jira.stormforge-games.example/rest/api/3/issue/bulk", {
    method: "POST",
    body: JSON.stringify({ issueUpdates: issues.map((i) => ({ fields: { summary: `[${platform}] ${i}` } })) }),
  });
  return ((await r.json()) as { issues: { key: string }[] }).issues.map((i) => i.key);
});

export const main = workflow(async (submissions: Submission[]) => {
  const verdicts: Record<string, string> = {};
  try {
    for (const s of submissions) {
      const result = await submitForCert(s);
      verdicts[s.platform] = result.verdict;
      if (result.verdict === "fail") await openJiraIssues(s.platform, result.issues);
    }
  } catch (e: unknown) { // expect: WAC202
    if (e instanceof Error) {
      await pageOncall(`cert pipeline broke: ${e.message}`);
      return { status: "escalated", verdicts };
    }
    throw e;
  }
  return { status: "submitted", verdicts };
});
