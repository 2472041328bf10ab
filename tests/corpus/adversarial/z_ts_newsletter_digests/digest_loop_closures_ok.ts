// SDK: windmill-client 1.818.0 client.mjs: _runInlineStep calls fn() before its first await, so a step callback sees the loop variable of its own iteration even with `var`; parallel(items, fn) calls fn(item) per item.
import { workflow, task, step, parallel } from "windmill-client";

type Subscriber = { email: string; tz: string; topics: string[] };

const loadSubscribers = task(async (listId: string) => {
  const res = await fetch(`https://api.buttondown.example.com/v1/lists/${listId}/subscribers`);
  return (await res.json()) as Subscriber[];
});

const sendDigest = task(async (email: string, issue: number, topics: string[]) => {
  await fetch("https://api.postmarkapp.com/email/withTemplate", {
    method: "POST",
    body: JSON.stringify({ To: email, TemplateAlias: "digest", TemplateModel: { issue, topics } }),
  });
  return email;
});

export const main = workflow(async (listId: string, issue: number, sections: string[]) => {
  const subscribers = await loadSubscribers(listId);

  const titles: string[] = [];
  for (var i = 0; i < sections.length; i++) {
    titles.push(await step("section_title", () => sections[i].replace(/-/g, " ").toUpperCase()));
  }

  const sent = await parallel(
    subscribers,
    (s) => sendDigest(s.email, issue, s.topics.filter((t) => sections.includes(t))),
    { concurrency: 10 },
  );
  return { issue, titles, sent: sent.length };
});
