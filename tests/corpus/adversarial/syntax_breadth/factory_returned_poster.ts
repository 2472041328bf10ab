// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the arrow a factory returns runs where the body calls it, so its request goes out each round.
import { task, workflow } from "windmill-client";

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
  const status = await post(scores); // expect: WAC101
  return { ...scores, status };
});
