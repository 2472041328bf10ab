export async function main(
  json = { "__proto__": 1, "b": 2 },
  jsonNested = [{ "__proto__": { "x": 1 } }],
  setter = { __proto__: { inherited: 1 }, own: 2 },
  quotedSetter = { "__proto__": null, own: 3 },
  primitiveProto = { __proto__: 5, own: 4 },
  arrayProto = { __proto__: [], own: 5 },
  escapedArrayProto = { "__\u0070roto__": [1], own: 6 },
  nestedArrayProto = [{ a: { __proto__: [] } }],
  arrayUpTheChain = { __proto__: { __proto__: [] }, own: 7 },
  spreadArrayProto = { ...{ __proto__: [] }, own: 8 },
  computed = { ["__proto__"]: 9, own: 9 },
  typedArrayProto: object = { __proto__: [], own: 10 },
) {
  return json;
}
