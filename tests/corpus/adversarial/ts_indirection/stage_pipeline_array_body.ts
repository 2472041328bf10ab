// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; an array of stage functions run in a loop in the body includes one that posts to a webhook, sent again every replay.
import { task, workflow } from "windmill-client";

type Doc = { id: string; text: string; published?: boolean };

const validate = async (d: Doc): Promise<Doc> => ({ ...d, text: d.text.trim() });
const enrich = task(async (d: Doc): Promise<Doc> => ({ ...d, text: `${d.text} (enriched)` }));
async function publish(d: Doc): Promise<Doc> {
  await fetch("https://cms.example.com/webhook", { method: "POST", body: JSON.stringify(d) });
  return { ...d, published: true };
}

const stages = [validate, enrich, publish];

export const main = workflow(async (doc: Doc) => {
  let current = doc;
  for (const stage of stages) current = await stage(current); // expect: WAC101
  return current;
});
