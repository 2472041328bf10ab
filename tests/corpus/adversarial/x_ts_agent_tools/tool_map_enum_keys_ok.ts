// SDK: windmill-client 1.818.0 task(): wrappers in a Record keyed by a string enum are the wrappers; each call is awaited in loop order, so step keys are stable
import OpenAI from "openai";
import { task, step, workflow } from "windmill-client";

enum ToolName {
  SearchDocs = "search_docs",
  GetTicket = "get_ticket",
}

const searchDocs = task(async (args: { query: string }) => {
  const r = await fetch(`https://docs.internal/api/search?q=${encodeURIComponent(args.query)}`);
  return (await r.json()) as { title: string; url: string }[];
});

const getTicket = task(async (args: { id: string }) => {
  const r = await fetch(`https://support.internal/api/tickets/${args.id}`);
  return await r.json();
});

const TOOLS: Record<ToolName, (args: any) => Promise<unknown>> = {
  [ToolName.SearchDocs]: searchDocs,
  [ToolName.GetTicket]: getTicket,
};

const openai = new OpenAI();

export const main = workflow(async (question: string) => {
  const first = await step("choose_tools", async () => {
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: question }],
      tools: Object.values(ToolName).map((name) => ({
        type: "function" as const,
        function: { name, parameters: { type: "object", properties: {} } },
      })),
    });
    return r.choices[0].message.tool_calls?.map((c) => ({ name: c.function.name, args: c.function.arguments })) ?? [];
  });

  const outputs: unknown[] = [];
  for (const call of first) {
    if (!(Object.values(ToolName) as string[]).includes(call.name)) continue;
    outputs.push(await TOOLS[call.name as ToolName](JSON.parse(call.args)));
  }
  return { calls: first.length, outputs };
});
