// SDK: windmill-client 1.818.0 index.js: task keys come from the task's name and call order (`_allocKey`), so a loop that calls the model task and then the tool tasks the model's checkpointed answer names replays the same keys in the same order; `messages` is rebuilt from task results in every round
import { task, workflow } from "windmill-client";
import OpenAI from "openai";

type ToolCall = { id: string; name: string; arguments: string };
type Turn = { content: string | null; toolCalls: ToolCall[] };
type Msg =
  | { role: "system" | "user" | "assistant"; content: string }
  | { role: "tool"; tool_call_id: string; content: string };

const TOOL_SPECS = [
  { type: "function", function: { name: "lookup_order", parameters: { type: "object", properties: { orderId: { type: "string" } }, required: ["orderId"] } } },
  { type: "function", function: { name: "quote_refund", parameters: { type: "object", properties: { orderId: { type: "string" } }, required: ["orderId"] } } },
] as const;

const callModel = task(async function callModel(messages: Msg[]): Promise<Turn> {
  const client = new OpenAI();
  const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: messages as never, tools: TOOL_SPECS as never });
  const m = res.choices[0].message;
  return {
    content: m.content,
    toolCalls: (m.tool_calls ?? []).map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments })),
  };
});

const lookupOrder = task(async function lookupOrder(orderId: string) {
  const r = await fetch(`https://orders.northwind.example/api/orders/${orderId}`);
  return await r.json();
});

const quoteRefund = task(async function quoteRefund(orderId: string) {
  const r = await fetch(`https://orders.northwind.example/api/orders/${orderId}/refund-quote`);
  return await r.json();
});

const TOOLS = { lookup_order: lookupOrder, quote_refund: quoteRefund } as const;
const MAX_TURNS = 6;

export const main = workflow(async (question: string) => {
  const messages: Msg[] = [
    { role: "system", content: "You answer order questions for Northwind. Use the tools." },
    { role: "user", content: question },
  ];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const reply = await callModel(messages);
    messages.push({ role: "assistant", content: reply.content ?? "" });
    if (reply.toolCalls.length === 0) {
      return { answer: reply.content, turns: turn + 1 };
    }
    for (const call of reply.toolCalls) {
      const run = TOOLS[call.name as keyof typeof TOOLS];
      const { orderId } = JSON.parse(call.arguments) as { orderId: string };
      const output = run ? await run(orderId) : { error: `unknown tool ${call.name}` };
      messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(output) });
    }
  }
  return { answer: null, turns: MAX_TURNS };
});
