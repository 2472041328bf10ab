// SDK: windmill-client 1.818.0 client.mjs `step`: the arrow the factory returns is only called inside the step callback, once; building it does no I/O.
import { step, task, workflow } from "windmill-client";

function makePoster(url: string, token: string) {
  return async (body: unknown): Promise<number> => {
    const res = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return res.status;
  };
}

const scoreLeads = task(async (listId: string) => ({ listId, hot: 4 }));

export const main = workflow(async (listId: string, crmUrl: string, token: string) => {
  const post = makePoster(`${crmUrl}/lists/${listId}/scores`, token);
  const scores = await scoreLeads(listId);
  const status = await step("post_scores", () => post(scores));
  return { ...scores, status };
});
