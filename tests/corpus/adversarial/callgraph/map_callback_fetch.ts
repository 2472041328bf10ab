// SDK: windmill-client 1.818.0 client.mjs: a .map callback the workflow body runs itself is body code; its fetch is re-sent on every replay.
import { task, workflow } from "windmill-client";

const listMirrors = task(async (pkg: string) => [`https://a.example.com/${pkg}`, `https://b.example.com/${pkg}`]);

export const main = workflow(async (pkg: string) => {
  const mirrors = await listMirrors(pkg);
  const statuses = await Promise.all(
    mirrors.map(async (m) => {
      const res = await fetch(m, { method: "HEAD" }); // expect: WAC101
      return { mirror: m, ok: res.ok };
    }),
  );
  return statuses;
});
