/**
 * Copies text for the reader: the Clipboard API where the page allows it, else the older
 * selection-and-copy command. Says whether it worked, so the widget can tell the reader either
 * way. Loaded only when a reader asks to copy.
 */
export const copyText = async (text: string, root: ShadowRoot): Promise<boolean> => {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, an insecure page, a sandboxed frame): try the older way.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  root.append(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
};
