export async function main(\u0061: string, b\u{62}: number = 1, ﬁ: string = "lig") {
  return 1;
}
