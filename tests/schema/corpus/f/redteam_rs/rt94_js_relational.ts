export async function main(
  a = [null < 1, undefined < 1, "a" < 1, [2] > 1, [1, 2] < 3, ({}) < 1, true > false, "" < 1, null >= 0, undefined == 0, null == false],
  b = ["b" > "a", "B" > "a", "aa" > "a", "" < "a", [10] < [9], [10] < 9, "1e1" == 10, "0x10" == 16, " " == 0, "\t\n" == 0],
  c = [1 === 1.0, -0 === 0, NaN !== NaN, "1" !== 1, null === null, undefined === undefined, [] !== []],
  d = [~~"7.9", "3" | 0, "2" ** "3", "8" >> "1", -"", +[], +[5], +[1, 2], +{}, +null, +undefined, +true],
) {
  return a;
}
