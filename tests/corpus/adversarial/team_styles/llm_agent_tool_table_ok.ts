// SDK: windmill-client 1.818.0 client.mjs `task`: each tool runs as its own task (a child job), once; the body only picks which task to await.
import { task, workflow } from "windmill-client";

type ToolCall = { tool: "search_docs" | "create_ticket"; input: string };

const searchDocs = task(async (input: string) => `results for ${input}`);
const createTicket = task(async (input: string) => {
  const res = await fetch("https://support.example.com/api/tickets", { method: "POST", body: JSON.stringify({ subject: input }) });
  return ((await res.json()) as { id: string }).id;
});

const planNextStep = task(async (question: string, history: string[]): Promise<ToolCall | null> => null, { timeout: 120 });
const answer = task(async (question: string, history: string[]) => ({ answer: history.join("\n") }));

export const main = workflow(async (question: string, maxTurns: number = 5) => {
  const history: string[] = [];
  for (let turn = 0; turn < maxTurns; turn++) {
    const call = await planNextStep(question, history);
    if (!call) break;
    history.push(call.tool === "search_docs" ? await searchDocs(call.input) : await createTicket(call.input));
  }
  return await answer(question, history);
});
