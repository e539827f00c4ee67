/** Text or a double-quoted attribute value, safe inside XML. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]!};`);
