// SDK: windmill-client 1.818.0 client.mjs task(): the Vercel "use step" functions became task(...) wrappers (the leftover directive strings are harmless), so each translation and upload is a checkpointed child job
import { task, workflow, sleep } from "windmill-client";

type Cue = { start: number; end: number; text: string };

const transcribe = task(async (episodeUrl: string, lang: string): Promise<Cue[]> => {
  const r = await fetch("https://asr.subtle-studio.example/v1/transcribe", {
    method: "POST",
    body: JSON.stringify({ url: episodeUrl, lang }),
  });
  return (await r.json()).cues as Cue[];
});

const translateCues = task(async (cues: Cue[], target: string): Promise<Cue[]> => {
  "use step";
  const r = await fetch("https://api.deepl.example/v2/translate", {
    method: "POST",
    body: JSON.stringify({ text: cues.map((c) => c.text), target_lang: target.toUpperCase() }),
  });
  const { translations } = (await r.json()) as { translations: { text: string }[] };
  return cues.map((c, i) => ({ ...c, text: translations[i].text }));
});

const publishSubtitles = task(async (episodeId: string, lang: string, cues: Cue[]) => {
  "use step";
  await fetch(`https://cdn.subtle-studio.example/episodes/${episodeId}/subs/${lang}.json`, {
    method: "PUT",
    body: JSON.stringify(cues),
  });
});

export const main = workflow(async (episodeId: string, episodeUrl: string, source = "ja", targets = ["en", "es", "pt"]) => {
  "use workflow";
  const cues = await transcribe(episodeUrl, source);
  for (const lang of targets) {
    const translated = await translateCues(cues, lang);
    await publishSubtitles(episodeId, lang, translated);
    await sleep(5);
  }
  return { episodeId, languages: targets.length, cues: cues.length };
});
