// SDK: windmill-client 1.818.0 client.mjs: a task call returns a thenable that only suspends when awaited; Array.fromAsync(...) left unawaited drops the results and the workflow can complete before the sections are rendered.
import { workflow, task } from "windmill-client";

const renderSection = task(async (issue: number, section: string) => {
  const res = await fetch(`https://cms.example-news.com/api/issues/${issue}/sections/${section}`);
  return (await res.json()) as { section: string; html: string };
});

const publishArchive = task(async (issue: number) => {
  await fetch(`https://cms.example-news.com/api/issues/${issue}/archive`, { method: "POST" });
  return `https://news.example.com/archive/${issue}`;
});

const SECTIONS = ["product", "engineering", "community", "events"];

export const main = workflow(async (issue: number) => {
  const sections = Array.fromAsync(SECTIONS, (s) => renderSection(issue, s)); // expect: WAC106
  const url = await publishArchive(issue);
  return { issue, url, sections: SECTIONS.length, pending: typeof sections };
});
