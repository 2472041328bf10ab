export async function main(
  p01: string, p02 = "2", p03 = 3, p04: number = 4.5, p05 = true,
  p06?: string, p07: string[] = [], p08: object = {}, p09 = "9", p10 = 10,
  p11 = "11", p12 = 12, p13 = 13.5, p14 = false, p15: string[] = ["15"],
  p16 = "16", p17 = 17, p18 = 18.0, p19 = true, p20 = { k: 20 },
  p21 = "21", p22 = 22, p23 = 23.25, p24 = false, p25 = [25],
  p26 = "26", p27 = 27, p28 = 28.0, p29 = true, p30 = "30",
  p31 = "31", p32 = 32, p33 = 33.0, p34 = false, p35: any[] = [],
  p36 = "36", p37 = 37, p38 = 38.0, p39 = true, p40 = "40",
) {
  return p01;
}
