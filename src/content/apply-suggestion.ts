// "Apply": replaces exactly the flagged passage with the suggestion, the one way that keeps Draft.js,
// Lexical, Quill, ProseMirror and React textareas consistent (DESIGN.md "Never touch the draft"):
// select the passage, then document.execCommand('insertText'). The editor sees a normal user edit,
// updates its own model, fires its input events, and the native undo stack can take it back.
import type { Located } from '../sites/editor-text';

export function applySuggestion(editor: HTMLElement, located: Located, suggestion: string): boolean {
  const document = editor.ownerDocument;
  if (located.type === 'textarea') {
    const field = located.textarea;
    field.focus({ preventScroll: true });
    field.setSelectionRange(located.start, located.end);
    if (document.execCommand('insertText', false, suggestion)) return true;
    // Browsers without execCommand on text fields: setRangeText plus the input event React listens to.
    field.setRangeText(suggestion, located.start, located.end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: suggestion }));
    return true;
  }
  editor.focus({ preventScroll: true });
  const selection = document.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(located.range);
  return document.execCommand('insertText', false, suggestion);
}
