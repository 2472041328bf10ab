// SDK: windmill-client 1.818.0 client.mjs: query-string and jmespath helpers work on strings and objects in memory.
import qs from "qs";
import jmespath from "jmespath";
import { task, workflow } from "windmill-client";

const route = task(async (team: string, ids: string[]) => ({ team, ids }));

export const main = workflow(async (rawQuery: string, payload: { items: { id: string; team: string }[] }) => {
  const query = qs.parse(rawQuery) as { team?: string };
  const ids = jmespath.search(payload, `items[?team=='${query.team ?? ""}'].id`) as string[];
  return await route(query.team ?? "none", ids);
});
