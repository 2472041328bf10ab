// SDK: windmill-client 1.818.0 a plain Bun script: runScriptByPathAsync then getResultMaybe (client.d.ts 94, 114) polled with Bun.sleep, setProgress, writeS3File of the resized image bytes as a Blob; not a workflow, so the polling and the clock are ordinary script code
import * as wmill from "windmill-client";

type Photo = { animalId: string; url: string };

export async function main(photos: Photo[], resize_script: string = "f/shelter/resize_image", width: number = 1200) {
  const started = Date.now();
  const stored: { animalId: string; s3: string }[] = [];
  for (const [i, p] of photos.entries()) {
    const img = await fetch(p.url);
    if (!img.ok) continue;
    const jobId = await wmill.runScriptByPathAsync(resize_script, { url: p.url, width });
    let resized: { base64: string } | undefined;
    for (let tries = 0; tries < 60 && !resized; tries++) {
      const r = await wmill.getResultMaybe(jobId);
      if (r.completed) resized = r.result as { base64: string };
      else await Bun.sleep(2000);
    }
    if (!resized) throw new Error(`resize job ${jobId} did not finish`);
    const bytes = wmill.base64ToUint8Array(resized.base64);
    const file = await wmill.writeS3File({ s3: `intake/${p.animalId}/${i}.jpg` }, new Blob([bytes]), undefined, "image/jpeg");
    stored.push({ animalId: p.animalId, s3: file.s3 });
    await wmill.setProgress(Math.min(99, Math.round((100 * (i + 1)) / photos.length)));
  }
  return { stored, seconds: Math.round((Date.now() - started) / 1000) };
}
