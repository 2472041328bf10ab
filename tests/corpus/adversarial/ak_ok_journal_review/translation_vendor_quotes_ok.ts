// SDK: windmill-client 1.818.0: Intl.Collator with an explicit locale sorts the same on every worker; crypto hashes of inputs; toLocaleDateString with locale and timeZone given
import { createHash } from "node:crypto";
import { parallel, task, workflow } from "windmill-client";

type Vendor = { id: string; name: string; langs: string[] };

const collator = new Intl.Collator("de", { sensitivity: "base" });

const requestQuote = task(async (vendorId: string, lang: string, words: number, ref: string) => {
  const res = await fetch(`https://vendors.example-press.org/api/${vendorId}/quotes`, {
    method: "POST",
    headers: { "idempotency-key": ref },
    body: JSON.stringify({ lang, words }),
  });
  return { vendorId, lang, cents: ((await res.json()) as { cents: number }).cents };
});

function quoteRef(manuscriptId: string, vendorId: string, lang: string): string {
  return createHash("sha256").update(`${manuscriptId}:${vendorId}:${lang}`).digest("base64url").slice(0, 16);
}

export const main = workflow(async (manuscriptId: string, words: number, langs: string[], vendors: Vendor[], dueIso: string) => {
  const pairs = vendors
    .toSorted((a, b) => collator.compare(a.name, b.name))
    .flatMap((v) => langs.filter((l) => v.langs.includes(l)).map((lang) => ({ v, lang })));
  const quotes = await parallel(pairs, ({ v, lang }) => requestQuote(v.id, lang, words, quoteRef(manuscriptId, v.id, lang)), {
    concurrency: 5,
  });
  const best = new Map<string, { vendorId: string; cents: number }>();
  for (const q of quotes) {
    const cur = best.get(q.lang);
    if (!cur || q.cents < cur.cents) best.set(q.lang, { vendorId: q.vendorId, cents: q.cents });
  }
  const due = new Date(dueIso).toLocaleDateString("de-DE", { timeZone: "Europe/Berlin", dateStyle: "long" });
  return { due, best: Object.fromEntries(best) };
});
