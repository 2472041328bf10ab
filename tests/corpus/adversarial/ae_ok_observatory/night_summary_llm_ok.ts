// SDK: windmill-client 1.818.0 openai/helpers/zod's zodResponseFormat only turns a zod schema into a response_format object; the completion request runs in a task and its JSON text is parsed with the same schema in the body
import { step, task, workflow } from "windmill-client";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const NightSummary = z.object({
  headline: z.string(),
  highlights: z.array(z.string()).max(5),
  weatherLossHours: z.number().nonnegative(),
});
type NightSummary = z.infer<typeof NightSummary>;

const summarize = task(async (log: string, responseFormat: unknown): Promise<string> => {
  const client = new OpenAI();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarize an observatory night log for the morning meeting." },
      { role: "user", content: log },
    ],
    response_format: responseFormat as never,
  });
  return completion.choices[0]?.message?.content ?? "{}";
});

const fetchLog = task(async (telescope: string, night: string) => {
  const res = await fetch(`https://logs.observatory.example/${telescope}/${night}.txt`);
  return await res.text();
});

const postSummary = task(async (telescope: string, s: NightSummary, at: string) => {
  const res = await fetch(`https://wiki.observatory.example/api/summaries/${telescope}`, {
    method: "POST",
    body: JSON.stringify({ ...s, at }),
  });
  return res.ok;
});

export const main = workflow(async (telescope: string, night: string) => {
  const log = await fetchLog(telescope, night);
  const format = zodResponseFormat(NightSummary, "night_summary");
  const raw = await summarize(log, format);
  const parsed = NightSummary.safeParse(JSON.parse(raw));
  const summary: NightSummary = parsed.success
    ? parsed.data
    : { headline: `${telescope} ${night}: summary unavailable`, highlights: [], weatherLossHours: 0 };
  const at = await step("posted_at", () => new Date().toISOString());
  const posted = await postSummary(telescope, summary, at);
  return { telescope, night, posted, valid: parsed.success };
});
