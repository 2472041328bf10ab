// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the tool picked from the table by the model's answer runs in the body, so the ticket is created again after every suspension.
import { task, workflow } from "windmill-client";

type ToolCall = { tool: "search_docs" | "create_ticket"; input: string };

const tools: Record<ToolCall["tool"], (input: string) => Promise<string>> = {
  search_docs: async (input) => `results for ${input}`,
  create_ticket: async (input) => {
    const res = await fetch("https://support.example.com/api/tickets", { method: "POST", body: JSON.stringify({ subject: input }) });
    return ((await res.json()) as { id: string }).id;
  },
};

const planNextStep = task(async (question: string, history: string[]): Promise<ToolCall | null> => null, { timeout: 120 });
const answer = task(async (question: string, history: string[]) => ({ answer: history.join("\n") }));

export const main = workflow(async (question: string, maxTurns: number = 5) => {
  const history: string[] = [];
  for (let turn = 0; turn < maxTurns; turn++) {
    const call = await planNextStep(question, history);
    if (!call) break;
    history.push(await tools[call.tool](call.input)); // expect: WAC101
  }
  return await answer(question, history);
});
