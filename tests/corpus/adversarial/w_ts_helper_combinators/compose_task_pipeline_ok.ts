// SDK: windmill-client 1.818.0 task calls are keyed in call order; a reduce that awaits each stage before the next keeps that order
import { task, workflow } from "windmill-client";

type Doc = { id: string; text: string; lang?: string; entities?: string[] };
type Stage = (d: Doc) => PromiseLike<Doc>;

const compose =
  (...stages: Stage[]) =>
  (input: Doc): Promise<Doc> =>
    stages.reduce<Promise<Doc>>(async (acc, stage) => stage(await acc), Promise.resolve(input));

const detectLanguage = task(async (d: Doc): Promise<Doc> => {
  const res = await fetch("https://nlp.internal/lang", { method: "POST", body: d.text });
  return { ...d, lang: ((await res.json()) as { lang: string }).lang };
});

const extractEntities = task(async (d: Doc): Promise<Doc> => {
  const res = await fetch("https://nlp.internal/ner", { method: "POST", body: JSON.stringify(d) });
  return { ...d, entities: ((await res.json()) as { entities: string[] }).entities };
});

const indexDoc = task(async (d: Doc): Promise<Doc> => {
  await fetch(`https://search.internal/docs/${d.id}`, { method: "PUT", body: JSON.stringify(d) });
  return d;
});

const enrich = compose(detectLanguage, extractEntities, indexDoc);

export const main = workflow(async (docs: Doc[]) => {
  const out: Doc[] = [];
  for (const d of docs) out.push(await enrich(d));
  return out.map(({ id, lang, entities }) => ({ id, lang, entities: entities?.length ?? 0 }));
});
