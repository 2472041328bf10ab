export async function main(granularity: "day" | "week", since: string) {
  const bucket = granularity === "day" ? 1 : 7;
  return { bucket_days: bucket, rows: [{ period: since, signups: 120, churned: 4 }] };
}
