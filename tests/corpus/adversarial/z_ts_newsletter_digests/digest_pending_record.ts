// SDK: windmill-client 1.818.0 client.mjs: _nextStep returns a bare thenable and queues the step; a thenable kept in a plain object and only counted is never awaited, so its result and failure are lost.
import { workflow, task } from "windmill-client";

type Segment = { id: string; locale: string };

const loadSegments = task(async (listId: string) => {
  const res = await fetch(`https://api.buttondown.example.com/v1/lists/${listId}/segments`);
  return (await res.json()) as Segment[];
});

const translateDigest = task(async (issue: number, locale: string) => {
  const res = await fetch("https://api.deepl.example.com/v2/translate", {
    method: "POST",
    body: JSON.stringify({ issue, target_lang: locale }),
  });
  return (await res.json()) as { text: string };
});

export const main = workflow(async (listId: string, issue: number) => {
  const segments = await loadSegments(listId);

  const pending: Record<string, PromiseLike<{ text: string }>> = {};
  for (const seg of segments) {
    if (seg.locale !== "en") {
      pending[seg.locale] = translateDigest(issue, seg.locale); // expect: WAC106
    }
  }

  return { issue, locales: Object.keys(pending).sort() };
});
