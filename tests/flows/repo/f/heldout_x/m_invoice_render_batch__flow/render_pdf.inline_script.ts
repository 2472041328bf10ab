export async function main(account_id: string, period: string) {
  const res = await fetch(`https://pdf.internal.example/render`, {
    method: "POST",
    body: JSON.stringify({ account_id, period, template: "invoice-v3" }),
  });
  if (!res.ok) throw new Error(`render failed: ${res.status}`);
  const body = await res.json();
  return { s3_key: body.key as string, pages: body.pages as number };
}
