// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; an array of stages that are pure or tasks, run in a loop, dispatches each task once (keyed in call order) and repeats only pure code.
import { task, workflow } from "windmill-client";

type Doc = { id: string; text: string; published?: boolean };

const validate = async (d: Doc): Promise<Doc> => ({ ...d, text: d.text.trim() });
const enrich = task(async (d: Doc): Promise<Doc> => ({ ...d, text: `${d.text} (enriched)` }));
const publish = task(async (d: Doc): Promise<Doc> => {
  await fetch("https://cms.example.com/webhook", { method: "POST", body: JSON.stringify(d) });
  return { ...d, published: true };
});

const stages = [validate, enrich, publish];

export const main = workflow(async (doc: Doc) => {
  let current = doc;
  for (const stage of stages) current = await stage(current);
  return current;
});
