// SDK: dist/wacError.mjs 1.818.0 stepErrorMarker keeps the thrown error's `name` in `result.error.name` and taskErrorFromMarker copies `result`; a handler that tests e.name === "TaskError" and the original name there, and rethrows the rest, sees both the suspension and other failures through
import { step, task, workflow } from "windmill-client";

class QuotaExceededError extends Error {
  constructor(public readonly resetAt: string) {
    super(`quota exceeded until ${resetAt}`);
    this.name = "QuotaExceededError";
  }
}

const translateBatch = task(async function translateBatch(texts: string[], target: string) {
  const res = await fetch("https://api-free.deepl.com/v2/translate", {
    method: "POST",
    headers: { Authorization: `DeepL-Auth-Key ${process.env.DEEPL_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ text: texts, target_lang: target }),
  });
  if (res.status === 456) throw new QuotaExceededError(res.headers.get("x-reset") ?? "tomorrow");
  const body = (await res.json()) as { translations: Array<{ text: string }> };
  return body.translations.map((t) => t.text);
});

export const main = workflow(async (texts: string[], target_lang = "DE") => {
  try {
    const translated = await translateBatch(texts, target_lang);
    return { translated, deferred: false };
  } catch (e: any) {
    if (e?.name === "TaskError" && e.result?.error?.name === "QuotaExceededError") {
      const note = await step("quota_note", () => `deferred ${texts.length} texts: ${e.message}`);
      return { translated: [], deferred: true, note };
    }
    throw e;
  }
});
