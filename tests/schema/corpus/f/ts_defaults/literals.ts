export async function main(
  a = "s", b = 'q\n\u00e9', c = 1, d = 1.5, e = -1, f = 1e21, g = 0x10, h = 1_000, i = 10n, j = true, k = null, l = undefined,
  m = [1, 2], n = {a: 1}, o = {"a": 1, "b": [true, null]}, p = [1, "x"], q = [], r = {}, s = `tmpl`,
  w = {a: undefined, b: 1}, x = [1, , 3], y = {a: 1.0, b: 2.5}, z = [1.0], ab = {a: "x" + "y"}, ac = {a: -1},
  ae = {a: [1, {b: 2}]}, af = {'q': 1, 2: 3}, ag = {a: 1,}, ah = [1,], ai = {a: NaN}, aj = {a: Infinity},
  ak = 1.0, al = 0.1, am = 9007199254740993, an = 1e-7, ao = 123456789012345678901234567890, ap = {a: 1e21}, aq = [9007199254740993],
  ar = {a: 10n}, as = {a: `t`}, at = [[]], au = {a: {}}, av = {["c" + "d"]: 1}, aw = {...{a: 1}}, ax = {a() { return 1 }}, ay = [() => 1],
  az = ("paren"), bb = 0.5e1, bc = 5., bd = .5, be = 0o17, bf = 0b101, bg = {a: -0}, bh = -0,
  bi = {a: 1e300 * 10}, bj = [null], bk = {a: null}, bl = "\u{1F600}", bm = {a: "\u{1F600}"}, bn = {__proto__: {x: 1}},
  br: number = 3,
) {}
