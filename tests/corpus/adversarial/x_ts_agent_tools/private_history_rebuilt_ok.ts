// SDK: windmill-client 1.818.0 _runInlineStep: the step's checkpointed result is returned on every replay, so state rebuilt from results in the body is the same each round
import OpenAI from "openai";
import { step, workflow } from "windmill-client";

type Msg = { role: "system" | "user" | "assistant"; content: string };

class Conversation {
  #messages: Msg[];
  constructor(system: string) {
    this.#messages = [{ role: "system", content: system }];
  }
  add(m: Msg) {
    this.#messages.push(m);
  }
  snapshot(): Msg[] {
    return this.#messages.map((m) => ({ ...m }));
  }
}

const openai = new OpenAI();

export const main = workflow(async (questions: string[]) => {
  const convo = new Conversation("You are a concise support assistant.");
  for (const q of questions) {
    convo.add({ role: "user", content: q });
    const history = convo.snapshot();
    const answer = await step("ask", async () => {
      const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: history });
      return r.choices[0].message.content ?? "";
    });
    convo.add({ role: "assistant", content: answer });
  }
  return { transcript: convo.snapshot() };
});
