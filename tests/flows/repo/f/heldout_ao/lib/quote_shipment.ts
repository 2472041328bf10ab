export async function main(
  parcel: { weightKg: number; dims: { l: number; w: number; h: number } },
  carrier: "dhl" | "ups" | "fedex",
  express: boolean = false,
) {
  const volumetric = (parcel.dims.l * parcel.dims.w * parcel.dims.h) / 5000;
  const billable = Math.max(parcel.weightKg, volumetric);
  const base = { dhl: 6.5, ups: 7.1, fedex: 7.9 }[carrier];
  return {
    price: Math.round(billable * base * (express ? 1.8 : 1) * 100) / 100,
    currency: "EUR",
    carrier,
  };
}
