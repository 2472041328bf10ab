// SDK: windmill-client 1.818.0 task() wrapper returns a bare { then } from _nextStep; returning an array of them from the workflow leaves every step queued but never awaited
import { task, step, workflow } from "windmill-client";
import Anthropic from "@anthropic-ai/sdk";

const lookupOrder = task(async (input: { orderId: string }) => {
  const r = await fetch(`https://orders.internal/api/${input.orderId}`);
  return await r.json();
});

const issueRefund = task(async (input: { orderId: string; amount: number }) => {
  const r = await fetch(`https://billing.internal/api/refunds`, { method: "POST", body: JSON.stringify(input) });
  return r.ok;
});

const toolbox = { lookup_order: lookupOrder, issue_refund: issueRefund } as const;

const anthropic = new Anthropic();

export const main = workflow(async (customerMessage: string) => {
  const toolUses = await step("agent_turn", async () => {
    const msg = await anthropic.messages.create({
      model: "claude-3-5-sonnet-latest",
      max_tokens: 1024,
      messages: [{ role: "user", content: customerMessage }],
      tools: [
        { name: "lookup_order", input_schema: { type: "object", properties: { orderId: { type: "string" } } } },
        { name: "issue_refund", input_schema: { type: "object", properties: { orderId: { type: "string" }, amount: { type: "number" } } } },
      ],
    });
    return msg.content.filter((b) => b.type === "tool_use").map((b: any) => ({ name: b.name, input: b.input }));
  });

  const results = toolUses.map((u) => toolbox[u.name as keyof typeof toolbox](u.input));
  return { results }; // expect: WAC106
});
