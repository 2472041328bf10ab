export async function main(expectedGuests: number) {
  const staff = Math.max(2, Math.ceil(expectedGuests / 300));
  return { staff, opens: "18:15" };
}
