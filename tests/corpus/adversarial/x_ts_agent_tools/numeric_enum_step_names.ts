// SDK: windmill-client 1.818.0 _runInlineStep -> _allocKey(name || "step"): a numeric enum member is a number, 0 is falsy and becomes "step", the others become the keys 1, 2
import OpenAI from "openai";
import { step, workflow } from "windmill-client";

enum Phase {
  Plan,
  Act,
  Reflect,
}

const openai = new OpenAI();

export const main = workflow(async (goal: string) => {
  const plan = await step(Phase.Plan as unknown as string, async () => { // expect: WAC103
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Plan the steps to: ${goal}` }],
    });
    return r.choices[0].message.content ?? "";
  });

  const result = await step(Phase.Act as unknown as string, async () => { // expect: WAC103
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: plan },
        { role: "user", content: goal },
      ],
    });
    return r.choices[0].message.content ?? "";
  });

  return { plan, result };
});
