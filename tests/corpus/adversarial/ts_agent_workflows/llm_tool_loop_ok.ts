// SDK: windmill-client 1.818.0 client.mjs: the same agent loop written correctly: a turn budget instead of the clock, and a catch that rethrows anything that is not a task's own failure (name "TaskError", from taskErrorFromMarker).
import Anthropic from "@anthropic-ai/sdk";
import { task, workflow } from "windmill-client";

type ToolUse = { id: string; name: string; input: Record<string, unknown> };
type Block = { type: "text"; text: string } | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };
type Msg = { role: "user" | "assistant"; content: string | Block[] | { type: "tool_result"; tool_use_id: string; content: string }[] };

const TOOLS = [
  { name: "get_order", description: "Look up an order", input_schema: { type: "object" as const, properties: { id: { type: "string" } } } },
  { name: "refund_order", description: "Refund an order", input_schema: { type: "object" as const, properties: { id: { type: "string" } } } },
];

const think = task(async (messages: Msg[], model: string) => {
  const anthropic = new Anthropic();
  const res = await anthropic.messages.create({ model, max_tokens: 1024, tools: TOOLS, messages: messages as never });
  return { stop: res.stop_reason, content: res.content as unknown as Block[] };
});

const getOrder = task(async (id: string) => {
  const r = await fetch(`https://shop.example.com/api/orders/${id}`);
  return await r.json();
});

const refundOrder = task(async (id: string) => {
  const r = await fetch(`https://shop.example.com/api/orders/${id}/refund`, { method: "POST" });
  return { ok: r.ok };
});

const TOOL_TASKS: Record<string, (id: string) => Promise<unknown>> = {
  get_order: getOrder,
  refund_order: refundOrder,
};

function isTaskError(e: unknown): e is Error & { result?: unknown } {
  return e instanceof Error && e.name === "TaskError";
}

export const main = workflow(async (request: string, model: string = "claude-sonnet-4-5", maxTurns: number = 8) => {
  const messages: Msg[] = [{ role: "user", content: request }];
  for (let turn = 0; turn < maxTurns; turn++) {
    const reply = await think(messages, model);
    messages.push({ role: "assistant", content: reply.content });
    if (reply.stop !== "tool_use") {
      const text = reply.content.filter((b): b is { type: "text"; text: string } => b.type === "text").map((b) => b.text).join("\n");
      return { answer: text, turns: turn + 1 };
    }
    const results = [];
    for (const block of reply.content) {
      if (block.type !== "tool_use") continue;
      const use = block as ToolUse;
      const run = TOOL_TASKS[use.name];
      let content: string;
      try {
        content = run ? JSON.stringify(await run(String(use.input.id))) : `unknown tool ${use.name}`;
      } catch (e) {
        if (!isTaskError(e)) throw e;
        content = `tool failed: ${e.message}`;
      }
      results.push({ type: "tool_result" as const, tool_use_id: use.id, content });
    }
    messages.push({ role: "user", content: results });
  }
  return { answer: null, turns: maxTurns };
});
