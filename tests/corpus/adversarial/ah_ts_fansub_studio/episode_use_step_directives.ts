// SDK: windmill-client 1.818.0 client.mjs workflow()/task(): only task(...) wrappers and step(...) are checkpointed; a "use step" directive is a bare string statement to Bun, so these helpers are plain functions whose fetches run in the body on every round
import { task, workflow, sleep } from "windmill-client";

// Ported from Vercel Workflow DevKit: the functions kept their "use step" directives,
// and only the transcription was wrapped in task() during the port.

type Cue = { start: number; end: number; text: string };

const transcribe = task(async (episodeUrl: string, lang: string): Promise<Cue[]> => {
  const r = await fetch("https://asr.subtle-studio.example/v1/transcribe", {
    method: "POST",
    body: JSON.stringify({ url: episodeUrl, lang }),
  });
  return (await r.json()).cues as Cue[];
});

async function translateCues(cues: Cue[], target: string): Promise<Cue[]> {
  "use step";
  const r = await fetch("https://api.deepl.example/v2/translate", {
    method: "POST",
    body: JSON.stringify({ text: cues.map((c) => c.text), target_lang: target.toUpperCase() }),
  });
  const { translations } = (await r.json()) as { translations: { text: string }[] };
  return cues.map((c, i) => ({ ...c, text: translations[i].text }));
}

async function publishSubtitles(episodeId: string, lang: string, cues: Cue[]) {
  "use step";
  await fetch(`https://cdn.subtle-studio.example/episodes/${episodeId}/subs/${lang}.json`, {
    method: "PUT",
    body: JSON.stringify(cues),
  });
}

export const main = workflow(async (episodeId: string, episodeUrl: string, source = "ja", targets = ["en", "es", "pt"]) => {
  "use workflow";
  const cues = await transcribe(episodeUrl, source);
  for (const lang of targets) {
    const translated = await translateCues(cues, lang); // expect: WAC101
    await publishSubtitles(episodeId, lang, translated); // expect: WAC101
    await sleep(5);
  }
  return { episodeId, languages: targets.length, cues: cues.length };
});
