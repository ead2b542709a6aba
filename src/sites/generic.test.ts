// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { generic } from './generic';
import { giveSize, skeletonHtml } from './test-skeleton';

describe('the generic adapter', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <form><textarea id="big">Draft</textarea><button type="submit">Publish</button></form>
      <input id="search"><textarea id="small"></textarea>
      <div id="rich" contenteditable="true"><p>One</p><p>Two</p><div contenteditable="true" id="nested">x</div></div>`;
    giveSize(document.getElementById('big')!, 500, 120);
    giveSize(document.getElementById('small')!, 80, 20);
    giveSize(document.getElementById('rich')!, 600, 200);
  });

  it('takes textareas and contenteditable roots of a reasonable size, nothing else', () => {
    const ids = generic.findComposers(document).map((composer) => composer.editor.id);
    expect(ids).toEqual(['big', 'rich']);
  });

  it('uses the form\'s submit button as the post button', () => {
    const [textarea] = generic.findComposers(document);
    expect(textarea!.postButton()?.textContent).toBe('Publish');
  });

  it('reads a contenteditable by blocks', () => {
    const rich = generic.findComposers(document)[1]!;
    expect(generic.readText(rich.editor).text).toBe('One\nTwo\nx');
  });
});

describe('the generic adapter on the WordPress block editor skeleton', () => {
  beforeEach(() => {
    document.body.innerHTML = skeletonHtml('gutenberg');
    // jsdom does not load srcdoc: write the canvas into the iframe's (same-origin) document.
    const iframe = document.querySelector('iframe')!;
    const canvas = iframe.contentDocument!;
    canvas.open();
    canvas.write(iframe.getAttribute('srcdoc')!);
    canvas.close();
  });

  it('reads title and blocks from the canvas iframe as one blog post', () => {
    const composers = generic.findComposers(document);
    expect(composers).toHaveLength(1);
    const [post] = composers;
    expect(post!.editor.ownerDocument).not.toBe(document);
    expect(generic.readText(post!.editor).text).toBe('My title\nHello\n');
    expect(generic.platformFor!(post!.editor)).toBe('blog');
    expect(generic.extraDocuments!(document)).toEqual([post!.editor.ownerDocument]);
  });

  it('gates the final Publish button in the panel, not the toggle that opens it', () => {
    const [post] = generic.findComposers(document);
    expect(post!.postButton()?.className).toContain('editor-post-publish-button ');
    expect(post!.postButton()?.classList.contains('editor-post-publish-panel__toggle')).toBe(false);
  });

  it('reads the WordPress user name', () => {
    expect(generic.handle(document)).toBe('jane');
  });
});
