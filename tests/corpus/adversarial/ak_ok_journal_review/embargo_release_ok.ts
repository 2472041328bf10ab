// SDK: windmill-client 1.818.0: the clock is read once in a step and the sleep length derived from it; sleep(seconds) suspends server-side; a template literal step name without substitutions is a literal
import { sleep, step, task, workflow } from "windmill-client";

const unlockArticle = task(async (articleId: string) => {
  const res = await fetch(`https://cms.example-press.org/api/articles/${articleId}/unlock`, { method: "POST" });
  if (!res.ok) throw new Error(`unlock ${articleId}: ${res.status}`);
  return { articleId, live: true };
});

const pressRelease = task(async (articleId: string, title: string, embargoIso: string) => {
  await fetch("https://news.example-press.org/api/releases", {
    method: "POST",
    body: JSON.stringify({ articleId, title, embargoIso }),
  });
  return new Date().toISOString();
});

function parseEmbargo(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad embargo time: ${iso}`);
  return Math.floor(ms / 1000);
}

export const main = workflow(async (articleId: string, title: string, embargoIso: string, pressLeadMinutes: number = 60) => {
  const embargo = parseEmbargo(embargoIso);
  const now = await step(`now`, () => Math.floor(Date.now() / 1000));

  const untilPress = embargo - pressLeadMinutes * 60 - now;
  if (untilPress > 0) await sleep(untilPress);
  const releasedAt = await pressRelease(articleId, title, new Date(embargo * 1000).toISOString());

  const afterPress = await step("after_press", () => Math.floor(Date.now() / 1000));
  if (embargo > afterPress) await sleep(embargo - afterPress);
  const unlocked = await unlockArticle(articleId);
  return { releasedAt, unlocked };
});
