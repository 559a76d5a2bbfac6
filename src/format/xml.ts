// Characters XML 1.0 does not allow at all, not even as references: most C0 controls,
// lone surrogates (the `u` flag makes them single code points here), U+FFFE and U+FFFF.
const NOT_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // a parser turns a literal CR into LF, so it is written as a reference to survive
  '\r': '&#13;',
};

export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHARACTERS, '').replace(/[&<>"'\r]/g, (character) => ENTITIES[character]);
}

/** In attribute values a parser also turns tabs and line feeds into spaces, so those are references too. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
