// SDK: windmill-client 1.818.0: StepSuspend is an Error; a TS 5 method decorator whose wrapper catches every error and retries catches the suspension of the task the method awaits
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

function retrying(times: number) {
  return function <This, Args extends unknown[], R>(
    target: (this: This, ...args: Args) => Promise<R>,
    _ctx: ClassMethodDecoratorContext<This>,
  ) {
    return async function (this: This, ...args: Args): Promise<R | null> {
      for (let i = 0; i < times; i++) {
        try {
          return await target.apply(this, args);
        } catch (e) {
          console.warn(`attempt ${i + 1} failed`, e);
        }
      }
      return null;
    };
  };
}

const classify = task(async (ticket: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Classify this ticket as bug/billing/other:\n${ticket}` }],
  });
  return (r.choices[0].message.content ?? "other").trim().toLowerCase();
});

class Triage {
  @retrying(3)  // expect: WAC903
  async label(ticket: string) {
    return await classify(ticket);
  }
}

export const main = workflow(async (tickets: string[]) => {
  const triage = new Triage();
  const labels: (string | null)[] = [];
  for (const t of tickets) {
    labels.push(await triage.label(t)); // expect: WAC202
  }
  return { labels };
});
