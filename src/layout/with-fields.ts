// `{ ...base, a, b }` written without the literal spread, for layout code.
//
// In Node 20's V8, an object literal that starts with a spread and goes on with
// more properties gets a hidden class of its own on every call once its function
// is optimised: each added property costs ~0.8 µs (12 µs for a slide title's
// text-box input, against 0.05 µs written out), every one of those classes is
// garbage to collect, and every later read of such objects (the text engine's
// reads of its input, every slide's reads of its context) goes megamorphic.
// Object.assign onto a fresh `{}` goes through the ordinary transitions, so the
// same keys in the same order share one class. The result is the same object:
// own enumerable keys in the same order, later values winning.
// test/layout/with-fields.test.ts keeps the spread-first literal out of src/layout.

/** `{ ...base, ...fields }`, as a plain object with the same keys in the same order. */
export function withFields<A extends object, B extends object>(base: A, fields: B): Omit<A, keyof B> & B;
/** `{ ...base, ...b, ...c }`, the same way (a box, then content, then fields of its own). */
export function withFields<A extends object, B extends object, C extends object>(base: A, b: B, c: C): Omit<Omit<A, keyof B> & B, keyof C> & C;
/** `{ ...base, ...b, ...c, ...d }`, the same way. */
export function withFields<A extends object, B extends object, C extends object, D extends object>(
  base: A,
  b: B,
  c: C,
  d: D,
): Omit<Omit<Omit<A, keyof B> & B, keyof C> & C, keyof D> & D;
export function withFields(base: object, ...fields: object[]): object {
  return Object.assign({}, base, ...fields);
}
