type Onfido = { api_token: string; region: "eu" | "us" };

export async function main(vendor: Onfido, document: { id: string; url: string; kind: string }, country: string) {
  const res = await fetch(`https://api.${vendor.region}.onfido.com/v3.6/document_checks`, {
    method: "POST",
    headers: { Authorization: `Token token=${vendor.api_token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ document_url: document.url, type: document.kind, issuing_country: country }),
  });
  if (!res.ok) throw new Error(`onfido ${res.status}`);
  const check = await res.json();
  return { document_id: document.id, verdict: check.result as string };
}
