// SDK: windmill-client 1.818.0 client.mjs: the body replays after every task; a clock read deciding to stop differs per replay, and a catch that keeps going swallows the StepSuspend (an Error) the tool task throws on dispatch.
import OpenAI from "openai";
import { step, task, workflow } from "windmill-client";

type ToolCall = { id: string; name: string; args: Record<string, unknown> };
type Turn = { content: string | null; toolCalls: ToolCall[] };
type Message = { role: "system" | "user" | "assistant" | "tool"; content: string; tool_call_id?: string };

const TOOLS = [
  { type: "function" as const, function: { name: "search_docs", parameters: { type: "object", properties: { q: { type: "string" } } } } },
  { type: "function" as const, function: { name: "open_ticket", parameters: { type: "object", properties: { title: { type: "string" } } } } },
];

const callModel = task(async (messages: Message[], model: string): Promise<Turn> => {
  const client = new OpenAI();
  const res = await client.chat.completions.create({ model, messages: messages as never, tools: TOOLS });
  const msg = res.choices[0].message;
  return {
    content: msg.content,
    toolCalls: (msg.tool_calls ?? []).map((c) => ({ id: c.id, name: c.function.name, args: JSON.parse(c.function.arguments) })),
  };
});

const searchDocs = task(async (q: string) => {
  const r = await fetch(`https://docs.example.com/api/search?q=${encodeURIComponent(q)}`);
  return (await r.json()) as { hits: string[] };
});

const openTicket = task(async (title: string) => {
  const r = await fetch("https://helpdesk.example.com/api/tickets", { method: "POST", body: JSON.stringify({ title }) });
  return (await r.json()) as { id: string };
});

async function runTool(call: ToolCall): Promise<unknown> {
  switch (call.name) {
    case "search_docs":
      return await searchDocs(String(call.args.q));
    case "open_ticket":
      return await openTicket(String(call.args.title));
    default:
      return { error: `unknown tool ${call.name}` };
  }
}

export const main = workflow(async (question: string, model: string = "gpt-4o-mini", maxTurns: number = 6, budgetMs: number = 120000) => {
  const startedAt = await step("started_at", () => Date.now());
  const messages: Message[] = [
    { role: "system", content: "You are a support agent. Use tools when needed." },
    { role: "user", content: question },
  ];
  for (let turn = 0; turn < maxTurns; turn++) {
    if (Date.now() - startedAt > budgetMs) break; // expect: WAC102
    const reply = await callModel(messages, model);
    messages.push({ role: "assistant", content: reply.content ?? "" });
    if (reply.toolCalls.length === 0) return { answer: reply.content, turns: turn + 1 };
    for (const call of reply.toolCalls) {
      let output: unknown;
      try {
        output = await runTool(call);
      } catch (err) { // expect: WAC202
        output = { error: String(err) };
      }
      messages.push({ role: "tool", content: JSON.stringify(output), tool_call_id: call.id });
    }
  }
  return { answer: null, turns: maxTurns };
});
