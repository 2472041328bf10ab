// SDK: windmill-client 1.818.0 client.mjs: a task is only dispatched when its wrapper is called; thunks stored in an array and called one by one with await run in the array's order on every replay.
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

  const jobs = segments
    .filter((seg) => seg.locale !== "en")
    .map((seg) => () => translateDigest(issue, seg.locale));

  const texts: string[] = [];
  for (const job of jobs) {
    const { text } = await job();
    texts.push(text);
  }
  return { issue, translated: texts.length };
});
