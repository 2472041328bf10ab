// SDK: windmill-client 1.818.0 task(); windmill-oracle dag draws no step for a task exported from a TypeScript namespace (only top-level const bindings)
import { task, workflow } from "windmill-client";
import { LinearClient } from "@linear/sdk";

namespace Linear {
  const client = () => new LinearClient({ apiKey: process.env.LINEAR_API_KEY! });

  export const createIssue = task(async (teamId: string, title: string, description: string) => { // expect: WAC003
    const payload = await client().createIssue({ teamId, title, description });
    const issue = await payload.issue;
    return { id: issue?.id ?? "", identifier: issue?.identifier ?? "" };
  });

  export const linkAttachment = task(async (issueId: string, url: string, title: string) => { // expect: WAC003
    await client().createAttachment({ issueId, url, title });
    return true;
  });
}

type SentryEvent = { id: string; title: string; culprit: string; permalink: string; count: number };

function describe(ev: SentryEvent): string {
  return [`**${ev.title}**`, `Culprit: \`${ev.culprit}\``, `Events so far: ${ev.count}`, ev.permalink].join("\n\n");
}

export const main = workflow(async (teamId: string, eventId: string, title: string, culprit: string, permalink: string, count: number) => {
  const ev: SentryEvent = { id: eventId, title, culprit, permalink, count };
  if (ev.count < 5) {
    return { skipped: true, reason: "below threshold" };
  }
  const issue = await Linear.createIssue(teamId, `[Sentry] ${ev.title}`, describe(ev));
  await Linear.linkAttachment(issue.id, ev.permalink, "Sentry event");
  return { issue: issue.identifier };
});
