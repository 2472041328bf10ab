// SDK: windmill-client 1.818.0 client.mjs: the body reruns after each task; the spot check is picked from a stable hash of the submission id (Bun.hash), so every replay routes the same way
// Ported from a LangGraph.js StateGraph: nodes are tasks, conditional edges are plain router functions.
import { step, task, workflow } from "windmill-client";

type JudgeState = {
  submissionId: string;
  summary?: string;
  score?: number;
  flagged?: boolean;
  route: string[];
};

const END = "__end__";

const summarise = task(async (state: JudgeState): Promise<Partial<JudgeState>> => {
  const r = await fetch("https://llm.hackday.example/v1/summarise", {
    method: "POST",
    body: JSON.stringify({ submission: state.submissionId }),
  });
  return { summary: ((await r.json()) as { text: string }).text };
});

const autoScore = task(async (state: JudgeState): Promise<Partial<JudgeState>> => {
  const r = await fetch("https://llm.hackday.example/v1/score", {
    method: "POST",
    body: JSON.stringify({ summary: state.summary }),
  });
  return { score: ((await r.json()) as { score: number }).score };
});

const humanReview = task(async (state: JudgeState): Promise<Partial<JudgeState>> => {
  const r = await fetch("https://judging.hackday.example/api/review-queue", {
    method: "POST",
    body: JSON.stringify({ submission: state.submissionId, score: state.score }),
  });
  return { flagged: ((await r.json()) as { flagged: boolean }).flagged };
});

type Node = (s: JudgeState) => Promise<Partial<JudgeState>>;

class MiniGraph {
  private nodes = new Map<string, Node>();
  private edges = new Map<string, (s: JudgeState) => string>();
  addNode(name: string, fn: Node) {
    this.nodes.set(name, fn);
    return this;
  }
  addEdge(from: string, to: string | ((s: JudgeState) => string)) {
    this.edges.set(from, typeof to === "string" ? () => to : to);
    return this;
  }
  async invoke(start: string, state: JudgeState) {
    let current = start;
    while (current !== END) {
      const update = await this.nodes.get(current)!(state);
      state = { ...state, ...update, route: [...state.route, current] };
      current = this.edges.get(current)!(state);
    }
    return state;
  }
}

function afterScore(state: JudgeState): string {
  if ((state.score ?? 0) < 4) return END;
  const spotCheck = Number(Bun.hash(state.submissionId) % 100n) < 15;
  return spotCheck || (state.score ?? 0) > 9 ? "review" : END;
}

const graph = new MiniGraph()
  .addNode("summarise", summarise)
  .addNode("score", autoScore)
  .addNode("review", humanReview)
  .addEdge("summarise", "score")
  .addEdge("score", afterScore)
  .addEdge("review", END);

export const main = workflow(async (submissionIds: string[]) => {
  const finals: JudgeState[] = [];
  for (const submissionId of submissionIds) {
    finals.push(await graph.invoke("summarise", { submissionId, route: [] }));
  }
  return await step("finalists", () =>
    finals.filter((f) => !f.flagged && (f.score ?? 0) >= 7).map((f) => ({ id: f.submissionId, score: f.score })),
  );
});
