// SDK: windmill-client 1.818.0 client.mjs task(): a bound task wrapper still calls the wrapper, which dispatches a step named after the task's function with the bound and passed arguments; Promise.all over them dispatches in array order
import { task, workflow, step } from "windmill-client";

type Cue = { start: number; end: number; text: string };
type QcIssue = { cue: number; rule: string };

const runQc = task(async (ruleSet: string, lang: string, cues: Cue[]): Promise<QcIssue[]> => {
  const r = await fetch(`https://qc.subtle-studio.example/v1/check/${ruleSet}`, {
    method: "POST",
    body: JSON.stringify({ lang, cues }),
  });
  return (await r.json()) as QcIssue[];
});

const fetchCues = task(async (episodeId: string, lang: string): Promise<Cue[]> => {
  const r = await fetch(`https://cdn.subtle-studio.example/episodes/${episodeId}/subs/${lang}.json`);
  return (await r.json()) as Cue[];
});

export const main = workflow(async (episodeId: string, langs: string[], ruleSet: "netflix" | "crunchyroll" = "netflix") => {
  const check = runQc.bind(null, ruleSet);
  const cueSets = await Promise.all(langs.map((lang) => fetchCues(episodeId, lang)));
  const issues = await Promise.all(langs.map((lang, i) => check(lang, cueSets[i])));
  const worst = await step("worst_lang", () => {
    let best = { lang: "", count: -1 };
    issues.forEach((list, i) => {
      if (list.length > best.count) best = { lang: langs[i], count: list.length };
    });
    return best;
  });
  return { episodeId, issues: Object.fromEntries(langs.map((l, i) => [l, issues[i].length])), worst };
});
