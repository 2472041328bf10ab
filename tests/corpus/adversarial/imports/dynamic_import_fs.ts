// SDK: windmill-client 1.818.0 client.mjs: calls in the workflow body outside step()/task() run again on every replay round.
import { task, workflow } from "windmill-client";

const { readFile } = await import("node:fs/promises");

const classify = task(async (text: string) => {
  const res = await fetch("https://nlp.example.com/v1/classify", {
    method: "POST",
    body: JSON.stringify({ text }),
  });
  return (await res.json()) as { label: string; score: number };
});

export const main = workflow(async (path: string) => {
  const text = await readFile(path, "utf8"); // expect: WAC101
  const verdict = await classify(text);
  return { path, ...verdict };
});
