// Persons are copied field by field (never spread) so a field added to the
// schema later does not reach a client deck unless someone allows it here.
import type { Person } from "../plan/schema.js";

export function copyPerson(person: Person): Person {
  const out: Person = { name: person.name };
  if (person.title !== undefined) out.title = person.title;
  if (person.email !== undefined) out.email = person.email;
  if (person.phone !== undefined) out.phone = person.phone;
  return out;
}
