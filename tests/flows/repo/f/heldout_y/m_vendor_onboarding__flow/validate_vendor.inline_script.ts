type Vendor = { name: string; vat_id: string; iban?: string };

export async function main(vendor: Vendor) {
  const vatOk = /^[A-Z]{2}[0-9A-Z]{8,12}$/.test(vendor.vat_id);
  const ibanOk = !vendor.iban || vendor.iban.replace(/\s/g, "").length >= 15;
  if (!vatOk) throw new Error(`invalid VAT id ${vendor.vat_id}`);
  return { name: vendor.name.trim(), vat_id: vendor.vat_id, iban: vendor.iban ?? null, iban_checked: ibanOk };
}
