// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; an overloaded pure normalizer gives the same result every replay.
import { task, workflow } from "windmill-client";

function norm(email: string): string;
function norm(emails: string[]): string[];
function norm(x: string | string[]): string | string[] {
  return Array.isArray(x) ? x.map((e) => e.trim().toLowerCase()) : x.trim().toLowerCase();
}

const invite = task(async (email: string) => ({ email, invited: true }));

export const main = workflow(async (emails: string[], owner: string) => {
  const all = [norm(owner), ...norm(emails)];
  return await Promise.all(all.map((e) => invite(e)));
});
