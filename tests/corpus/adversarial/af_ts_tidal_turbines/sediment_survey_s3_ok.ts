// SDK: windmill-client 1.818.0 client.mjs: loadS3File returns a Uint8Array; decoded to text inside the step, the checkpoint holds a string
import { task, workflow, step, loadS3File, writeS3File, type S3Object } from "windmill-client";

type Sample = { station: string; depthM: number; d50Microns: number };

const classify = task(async (samples: Sample[]) => {
  const r = await fetch("https://science.sealoch-tidal.example/sediment/classify", {
    method: "POST",
    body: JSON.stringify(samples),
  });
  return (await r.json()) as { station: string; class: "sand" | "gravel" | "mud" }[];
});

function parseCsv(text: string): Sample[] {
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","))
    .map(([station, depth, d50]) => ({ station, depthM: Number(depth), d50Microns: Number(d50) }));
}

export const main = workflow(async (survey: S3Object, reportKey: string) => {
  const text = await step("load_survey", async () => new TextDecoder().decode(await loadS3File(survey)));
  const samples = parseCsv(text);
  const classes = await classify(samples);
  const report = classes.map((c) => `${c.station},${c.class}`).join("\n");
  const written = await step("write_report", async () => (await writeS3File({ s3: reportKey }, report)).s3);
  return { samples: samples.length, report: written };
});
