// SDK: windmill-client 1.818.0 task(); tasks bound to top-level consts (drawn by windmill-oracle dag), a namespace holding only pure helpers
import { task, workflow } from "windmill-client";
import { LinearClient } from "@linear/sdk";

namespace Format {
  export function title(ev: SentryEvent): string {
    return `[Sentry] ${ev.title}`.slice(0, 240);
  }
  export function body(ev: SentryEvent): string {
    return [`**${ev.title}**`, `Culprit: \`${ev.culprit}\``, `Events so far: ${ev.count}`, ev.permalink].join("\n\n");
  }
}

const linear = () => new LinearClient({ apiKey: process.env.LINEAR_API_KEY! });

const createIssue = task(async (teamId: string, title: string, description: string) => {
  const payload = await linear().createIssue({ teamId, title, description });
  const issue = await payload.issue;
  return { id: issue?.id ?? "", identifier: issue?.identifier ?? "" };
});

const linkAttachment = task(async (issueId: string, url: string, title: string) => {
  await linear().createAttachment({ issueId, url, title });
  return true;
});

type SentryEvent = { id: string; title: string; culprit: string; permalink: string; count: number };

export const main = workflow(async (teamId: string, eventId: string, title: string, culprit: string, permalink: string, count: number) => {
  const ev: SentryEvent = { id: eventId, title, culprit, permalink, count };
  if (ev.count < 5) {
    return { skipped: true, reason: "below threshold" };
  }
  const issue = await createIssue(teamId, Format.title(ev), Format.body(ev));
  await linkAttachment(issue.id, ev.permalink, "Sentry event");
  return { issue: issue.identifier };
});
