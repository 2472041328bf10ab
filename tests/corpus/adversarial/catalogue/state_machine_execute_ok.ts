// SDK: windmill-client 1.818.0 client.mjs: replay re-runs the body; a pure state machine's execute() over task results is deterministic.
import { task, workflow } from "windmill-client";

type State = "draft" | "review" | "approved" | "rejected";

class ReviewMachine {
  constructor(private state: State = "draft") {}
  execute(event: "submit" | "approve" | "reject"): State {
    const next: Record<string, State> = {
      "draft:submit": "review",
      "review:approve": "approved",
      "review:reject": "rejected",
    };
    this.state = next[`${this.state}:${event}`] ?? this.state;
    return this.state;
  }
}

const reviewerVerdict = task(async (docId: string) => (docId.length % 2 ? "approve" : "reject") as "approve" | "reject");
const publishDoc = task(async (docId: string) => ({ docId, published: true }));

export const main = workflow(async (docId: string) => {
  const machine = new ReviewMachine();
  machine.execute("submit");
  const state = machine.execute(await reviewerVerdict(docId));
  if (state === "approved") return await publishDoc(docId);
  return { docId, state };
});
