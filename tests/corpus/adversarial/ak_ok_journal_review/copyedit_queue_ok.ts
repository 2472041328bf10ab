// SDK: windmill-client 1.818.0: taskFlow(path) passes one object as kwargs; Promise.all over task calls made in array order; a catch that rethrows everything but a TaskError
import { task, taskFlow, workflow } from "windmill-client";

const typeset = taskFlow("f/production/typeset_article", { timeout: 3600 });

type Article = { id: string; words: number; figures: number; lang: "en" | "fr" | "de" };

const EDITORS_BY_LANG = Object.freeze({ en: ["amy", "raj"], fr: ["luc"], de: ["jonas", "eva"] });

function loadWorkload(a: Article): number {
  // hours; named like a lookup but arithmetic only
  return Math.ceil(a.words / 2500) + a.figures * 0.25;
}

function pickEditor(a: Article, index: number): string {
  const pool = EDITORS_BY_LANG[a.lang];
  return pool[index % pool.length];
}

const assignCopyeditor = task(async (articleId: string, editor: string, hours: number) => {
  const res = await fetch(`https://ems.example-press.org/api/articles/${articleId}/copyedit`, {
    method: "POST",
    body: JSON.stringify({ editor, hours }),
  });
  if (!res.ok) throw new Error(`assign ${articleId}: ${res.status}`);
  return { articleId, editor };
});

export const main = workflow(async (articles: Article[]) => {
  const ordered = [...articles].sort((a, b) => a.id.localeCompare(b.id, "en"));
  const assigned = await Promise.all(ordered.map((a, i) => assignCopyeditor(a.id, pickEditor(a, i), loadWorkload(a))));

  const typesetResults: { id: string; ok: boolean; error?: string }[] = [];
  for (const a of ordered) {
    try {
      await typeset({ article_id: a.id, language: a.lang });
      typesetResults.push({ id: a.id, ok: true });
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "TaskError") throw e;
      typesetResults.push({ id: a.id, ok: false, error: e.message });
    }
  }
  return { assigned, typesetResults };
});
