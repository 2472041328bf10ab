// SDK: windmill-client 1.818.0 client.mjs: getResource/getVariable/parallel are not names Windmill's WAC parser draws, so their aliases hide nothing; task and workflow keep their exact names.
import { getResource as loadResource, getVariable as readVar, parallel as fanOut, task, workflow } from "windmill-client";

const pingHost = task(async (host: string) => {
  const cfg = await loadResource("f/infra/monitoring");
  const token = await readVar("f/infra/ping_token");
  const res = await fetch(`https://${host}/health`, { headers: { authorization: `Bearer ${token}` } });
  return { host, ok: res.ok, region: (cfg as { region?: string }).region ?? "eu" };
});

export const main = workflow(async (hosts: string[]) => {
  return await fanOut(hosts, pingHost, { concurrency: 4 });
});
