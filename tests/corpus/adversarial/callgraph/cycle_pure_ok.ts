// SDK: windmill-client 1.818.0 client.mjs: replays re-run the body; mutually recursive pure helpers give the same order each round.
import { task, workflow } from "windmill-client";

type Pkg = { name: string; requires: string[] };

function order(pkgs: Map<string, Pkg>, name: string, done: Set<string>, out: string[]): string[] {
  if (done.has(name)) return out;
  done.add(name);
  return after(pkgs, name, done, out);
}

function after(pkgs: Map<string, Pkg>, name: string, done: Set<string>, out: string[]): string[] {
  for (const dep of pkgs.get(name)?.requires ?? []) order(pkgs, dep, done, out);
  out.push(name);
  return out;
}

const resolve = task(async (manifest: string): Promise<Pkg[]> => {
  const res = await fetch(`https://pkgs.example.com/api/resolve?m=${encodeURIComponent(manifest)}`);
  return await res.json();
});

const install = task(async (name: string) => ({ name, ok: true }));

export const main = workflow(async (manifest: string, target: string) => {
  const pkgs = new Map((await resolve(manifest)).map((p) => [p.name, p]));
  const plan = order(pkgs, target, new Set(), []);
  for (const name of plan) await install(name);
  return plan;
});
