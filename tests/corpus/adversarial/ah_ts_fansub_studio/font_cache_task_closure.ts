// SDK: windmill-client 1.818.0 client.mjs task(): the task body runs in its own child job; the entries it adds to the module-level `fontIndex` Map never reach the workflow's process, so the body's `fontIndex.has(...)` check is always false
import { task, workflow } from "windmill-client";

type FontFile = { family: string; url: string; sha256: string };

const fontIndex = new Map<string, FontFile>();

const resolveFont = task(async (family: string): Promise<FontFile> => {
  const r = await fetch(`https://fonts.subtle-studio.example/v1/lookup?family=${encodeURIComponent(family)}`);
  const file = (await r.json()) as FontFile;
  fontIndex.set(family, file); // expect: WAC104
  return file;
});

const attachFonts = task(async (episodeId: string, files: FontFile[]) => {
  await fetch(`https://mux.subtle-studio.example/v1/episodes/${episodeId}/attachments`, {
    method: "PUT",
    body: JSON.stringify(files),
  });
  return files.length;
});

export const main = workflow(async (episodeId: string, families: string[]) => {
  const files: FontFile[] = [];
  for (const family of families) {
    files.push(fontIndex.get(family) ?? (await resolveFont(family)));
  }
  const missing = families.filter((f) => !fontIndex.has(f));
  const attached = await attachFonts(episodeId, files);
  return { attached, missingFromIndex: missing.length };
});
