// SDK: windmill-client 1.818.0 client.mjs: _nextStep pushes the task to ctx.pending and returns a bare thenable; a task result never awaited is dispatched but its failure is only logged by _warnUnobservedTaskFailures.
import { workflow, task } from "windmill-client";

type Segment = { id: string; audience: string[] };

const renderDigest = task(async (segmentId: string, issue: number) => {
  const res = await fetch(`https://cms.example-news.com/api/digests/${issue}/render`, {
    method: "POST",
    body: JSON.stringify({ segmentId }),
  });
  return (await res.json()) as { html: string; articles: number };
});

const sendCampaign = task(async (segmentId: string, issue: number) => {
  const res = await fetch("https://api.buttondown.example.com/v1/emails", {
    method: "POST",
    body: JSON.stringify({ segmentId, issue }),
  });
  return res.status;
});

const loadSegments = task(async (listId: string) => {
  const res = await fetch(`https://api.buttondown.example.com/v1/lists/${listId}/segments`);
  return (await res.json()) as Segment[];
});

export const main = workflow(async (listId: string, issue: number) => {
  const segments = await loadSegments(listId);

  const renders = new Map<string, PromiseLike<unknown>>();
  for (const seg of segments) {
    renders.set(seg.id, renderDigest(seg.id, issue));
  }

  const sends = new Map<string, PromiseLike<number>>();
  for (const seg of segments) {
    sends.set(seg.id, sendCampaign(seg.id, issue)); // expect: WAC106
  }

  // renders are awaited; the sends map is only counted, never awaited
  await Promise.all([...renders.values()]);
  return { issue, queued: sends.size };
});
