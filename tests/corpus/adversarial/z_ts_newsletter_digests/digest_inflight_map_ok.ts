// SDK: windmill-client 1.818.0 client.mjs: a task call pushes its step to ctx.pending and returns a thenable; awaiting it later (here out of a Map, in insertion order) dispatches everything pending in one round.
import { workflow, task } from "windmill-client";

type Segment = { id: string; audience: string[] };

const renderDigest = task(async (segmentId: string, issue: number) => {
  const res = await fetch(`https://cms.example-news.com/api/digests/${issue}/render`, {
    method: "POST",
    body: JSON.stringify({ segmentId }),
  });
  return (await res.json()) as { html: string; articles: number };
});

const loadSegments = task(async (listId: string) => {
  const res = await fetch(`https://api.buttondown.example.com/v1/lists/${listId}/segments`);
  return (await res.json()) as Segment[];
});

export const main = workflow(async (listId: string, issue: number) => {
  const segments = await loadSegments(listId);

  const inflight = new Map<string, PromiseLike<{ html: string; articles: number }>>();
  for (const seg of segments) {
    inflight.set(seg.id, renderDigest(seg.id, issue));
  }

  const rendered: Record<string, number> = {};
  for (const [segmentId, pending] of inflight) {
    const { articles } = await pending;
    rendered[segmentId] = articles;
  }
  return { issue, rendered };
});
