// Strings that end up in the document's dictionaries (metadata, bookmarks,
// structure titles) rather than in drawn text: a C0 control pasted from a CRM
// export would show as a box in a viewer's title bar or outline panel.

const CONTROLS = /[\u0000-\u001F\u007F]/g;

export function plainString(text: string): string {
  return text.replace(CONTROLS, "").trim();
}
