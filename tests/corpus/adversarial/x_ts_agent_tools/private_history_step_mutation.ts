// SDK: windmill-client 1.818.0 _runInlineStep: on replay the checkpointed value is returned without running fn, so whatever fn changed outside itself (here a #private array) is not redone
import OpenAI from "openai";
import { step, workflow } from "windmill-client";

type Msg = { role: "system" | "user" | "assistant"; content: string };

class Conversation {
  #messages: Msg[] = [];
  constructor(system: string) {
    this.#messages.push({ role: "system", content: system });
  }
  add(m: Msg) {
    this.#messages.push(m);
  }
  get messages(): Msg[] {
    return [...this.#messages];
  }
}

const openai = new OpenAI();

export const main = workflow(async (questions: string[]) => {
  const convo = new Conversation("You are a concise support assistant.");
  const answers: string[] = [];
  for (const q of questions) {
    const answer = await step("ask", async () => {
      convo.add({ role: "user", content: q }); // expect: WAC104
      const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: convo.messages });
      const text = r.choices[0].message.content ?? "";
      convo.add({ role: "assistant", content: text }); // expect: WAC104
      return text;
    });
    answers.push(answer);
  }
  return { answers, turns: convo.messages.length };
});
