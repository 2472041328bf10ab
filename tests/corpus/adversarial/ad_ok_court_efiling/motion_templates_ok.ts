// SDK: windmill-client 1.818.0 a switch on a task result chooses the next task; new URL / URLSearchParams / structuredClone of inputs are pure; export const main = workflow(async function main ...)
import { task, workflow } from "windmill-client";

type Motion = { kind: "extend" | "compel" | "dismiss"; caseNo: string; facts: string[] };

const classify = task(async (text: string) => {
  const res = await fetch("https://ml.lawfirm.example/classify", { method: "POST", body: text });
  return ((await res.json()) as { kind: Motion["kind"] }).kind;
});

const draft = task(async (template: string, motion: Motion) => {
  const res = await fetch(template, { method: "POST", body: JSON.stringify(motion) });
  return ((await res.json()) as { docId: string }).docId;
});

function templateUrl(base: string, kind: string, court: string): string {
  const url = new URL(`/templates/${kind}`, base);
  url.search = new URLSearchParams({ court, v: "3" }).toString();
  return url.toString();
}

export const main = workflow(async function main(text: string, caseNo: string, court: string, base = "https://docs.lawfirm.example") {
  const kind = await classify(text);
  const motion: Motion = { kind, caseNo, facts: text.split("\n").filter(Boolean) };
  const copy = structuredClone(motion);
  switch (kind) {
    case "extend":
      return { docId: await draft(templateUrl(base, "extend", court), copy) };
    case "compel":
      copy.facts = copy.facts.slice(0, 20);
      return { docId: await draft(templateUrl(base, "compel", court), copy) };
    default:
      return { docId: await draft(templateUrl(base, "generic", court), copy) };
  }
});
