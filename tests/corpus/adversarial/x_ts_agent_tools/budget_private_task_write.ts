// SDK: windmill-client 1.818.0 task(): the task body runs in a child job (its own process, _executingKey path), so a module object it changes is not the parent's
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

class TokenBudget {
  #spent = 0;
  constructor(readonly limit: number) {}
  charge(tokens: number) {
    this.#spent += tokens;
  }
  get remaining() {
    return this.limit - this.#spent;
  }
}

const budget = new TokenBudget(50_000);

const draftSection = task(async (outline: string, section: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `Outline:\n${outline}\n\nWrite the section "${section}".` }],
  });
  budget.charge(r.usage?.total_tokens ?? 0); // expect: WAC104
  return r.choices[0].message.content ?? "";
});

export const main = workflow(async (outline: string, sections: string[]) => {
  const drafts: Record<string, string> = {};
  for (const s of sections) {
    if (budget.remaining <= 0) break;
    drafts[s] = await draftSection(outline, s);
  }
  return { drafts, remaining: budget.remaining };
});
