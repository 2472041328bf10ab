// SDK: windmill-client 1.818.0: a client constructed at module load sends nothing; only task bodies call send(); a task's result crosses as JSON, so sizes are numbers and dates ISO strings
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-1" });
const BUCKET = "depot-shipments";

type Bale = { id: string; grade: string; kg: number };

const BALE_LIMITS: Readonly<Record<string, number>> = Object.freeze({ occ: 600, pet: 350, hdpe: 400, alu: 300 });

function fetchLimit(grade: string): number {
  return BALE_LIMITS[grade] ?? 500;
}

function manifestCsv(bales: Bale[]): string {
  return ["id,grade,kg", ...bales.map((b) => `${b.id},${b.grade},${b.kg}`)].join("\n");
}

const uploadManifest = task(async (shipmentId: string, csv: string) => {
  const Key = `manifests/${shipmentId}.csv`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: csv, ContentType: "text/csv" }));
  return { key: Key, bytes: csv.length, uploadedAt: new Date().toISOString() };
});

const bookHaulier = task(async (shipmentId: string, totalKg: number, destination: string) => {
  const res = await fetch("https://haul.example-depot.org/api/bookings", {
    method: "POST",
    body: JSON.stringify({ shipmentId, totalKg, destination }),
  });
  if (!res.ok) throw new Error(`haulier ${res.status}`);
  return ((await res.json()) as { bookingRef: string }).bookingRef;
});

export const main = workflow(async (shipmentId: string, bales: Bale[], destination: string) => {
  const overweight = bales.filter((b) => b.kg > fetchLimit(b.grade));
  if (overweight.length) {
    return { status: "rejected", overweight: overweight.map((b) => b.id) };
  }
  const manifest = await uploadManifest(shipmentId, manifestCsv(bales));
  const totalKg = bales.reduce((n, b) => n + b.kg, 0);
  const ref = await bookHaulier(shipmentId, totalKg, destination);
  return { status: "booked", ref, manifest };
});
