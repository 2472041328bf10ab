export async function main(goods: number, freight: number, duty_percent: number) {
  const duty = Math.round((goods + freight) * duty_percent) / 100;
  return {
    duty_eur: duty,
    landed_eur: Math.round((goods + freight + duty) * 100) / 100,
  };
}
