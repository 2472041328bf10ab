const SERVERS: Record<string, string> = {
  primary: "https://fhir.stmarys.internal/R4",
  dr: "https://fhir-dr.stmarys.internal/R4",
};

export async function main(bundle: object, server: string = "primary") {
  const res = await fetch(SERVERS[server], {
    method: "POST",
    headers: { "content-type": "application/fhir+json" },
    body: JSON.stringify(bundle),
  });
  return { status: res.status, body: await res.json() };
}
