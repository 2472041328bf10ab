export async function main(rate: number, shipping_eur: number, employee_id: string) {
  const allowanceEur = 3000 + shipping_eur;
  return { employee_id, allowance_eur: allowanceEur, allowance_home: Math.round(allowanceEur * rate) };
}
