// SDK: windmill-client 1.818.0: a decorator wrapper that only logs and lets errors propagate leaves StepSuspend alone
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

function logged<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => Promise<R>,
  ctx: ClassMethodDecoratorContext<This>,
) {
  return async function (this: This, ...args: Args): Promise<R> {
    console.log(`→ ${String(ctx.name)}(${args.length} args)`);
    const out = await target.apply(this, args);
    console.log(`← ${String(ctx.name)}`);
    return out;
  };
}

const extractEntities = task(async (text: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [{ role: "user", content: `Extract people and companies as JSON from:\n${text}` }],
  });
  return JSON.parse(r.choices[0].message.content ?? "{}") as { people?: string[]; companies?: string[] };
});

class Pipeline {
  @logged  // expect: WAC903
  async entities(text: string) {
    return await extractEntities(text);
  }
}

export const main = workflow(async (documents: string[]) => {
  const p = new Pipeline();
  const people = new Set<string>();
  for (const d of documents) {
    const e = await p.entities(d);
    for (const name of e.people ?? []) people.add(name);
  }
  return { people: [...people].sort() };
});
