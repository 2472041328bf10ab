export async function main(vat_id: string, legal_name: string) {
  const res = await fetch(`https://ec.europa.eu/taxation_customs/vies/rest-api/ms/${vat_id.slice(0, 2)}/vat/${vat_id.slice(2)}`);
  const body = await res.json();
  const valid = Boolean(body.isValid);
  return { valid, risk: valid ? "low" : "high", registered_name: body.name ?? legal_name };
}
