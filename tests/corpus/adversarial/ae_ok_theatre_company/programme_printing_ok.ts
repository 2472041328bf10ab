// SDK: windmill-client 1.818.0 a local `save` helper that returns a new object (pure), a local `now` that formats a given Date, Bun.CryptoHasher over inputs for a proof id, a try/finally that only computes page counts; taskFlow for print submission
import { step, task, taskFlow, workflow } from "windmill-client";

type Bio = { name: string; role: string; words: number };

const printFlow = taskFlow("f/theatre/print_submission", { timeout: 3600 });

function save<T extends object>(doc: T, patch: Partial<T>): T {
  return { ...doc, ...patch };
}

function now(d: Date): string {
  return d.toISOString().slice(0, 16).replace("T", " ");
}

function proofId(production: string, bios: Bio[]): string {
  const h = new Bun.CryptoHasher("sha256");
  h.update(production);
  for (const b of bios) h.update(`${b.name}|${b.role}|${b.words}`);
  return h.digest("hex").slice(0, 12);
}

const collectBios = task(async (production: string): Promise<Bio[]> => {
  const res = await fetch(`https://company.theatre.example/productions/${production}/bios`);
  return await res.json();
});

export const main = workflow(async (production: string, wordsPerPage = 450, copies = 800) => {
  const bios = (await collectBios(production)).sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
  let doc = { production, pages: 0, proof: proofId(production, bios), generated: "" };
  let words = 0;
  try {
    const at = new Date(await step("generated_at", () => new Date().toISOString()));
    doc = save(doc, { generated: now(at) });
    words = bios.reduce((s, b) => s + b.words, 0);
  } finally {
    doc = save(doc, { pages: Math.max(4, Math.ceil(words / wordsPerPage / 4) * 4) });
  }
  const job = await printFlow({ ...doc, copies });
  return { ...doc, job };
});
