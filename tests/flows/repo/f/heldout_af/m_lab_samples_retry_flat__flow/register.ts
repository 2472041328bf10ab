type Sequencer = { url: string; token: string };

export async function main(sequencer: Sequencer, sample_id: string, barcode: string, assay: string) {
  const res = await fetch(`${sequencer.url}/v2/queue`, {
    method: "POST",
    headers: { authorization: `Bearer ${sequencer.token}`, "content-type": "application/json" },
    body: JSON.stringify({ externalId: sample_id, barcode, assay }),
  });
  if (!res.ok) {
    throw new Error(`sequencer answered ${res.status} for ${sample_id}`);
  }
  const body = await res.json();
  return { sample_id, ticket: body.ticket };
}
