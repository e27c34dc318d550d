/**
 * The album's viewer, for readers with JavaScript: a thumbnail opens its picture large in a
 * modal dialog, with the previous and next ones a key or a button away (←, →, Esc closes and
 * focus returns to the thumbnail). Without JavaScript each thumbnail is a plain link to the
 * large picture, so nothing here is needed to see every photo.
 */
export function startPhotoViewers(root: ParentNode = document): void {
  for (const grid of root.querySelectorAll<HTMLElement>('[data-photo-grid]')) {
    const dialog = grid.parentElement?.querySelector<HTMLDialogElement>('dialog.photo-viewer');
    if (!dialog || typeof dialog.showModal !== 'function') continue;
    const links = [...grid.querySelectorAll<HTMLAnchorElement>('a[data-photo]')];
    const caption = dialog.querySelector<HTMLElement>('.viewer-caption')!;
    const image = document.createElement('img');
    caption.before(image);
    const position = dialog.querySelector<HTMLElement>('.viewer-position')!;
    let current = 0;

    const show = (index: number) => {
      current = (index + links.length) % links.length;
      const link = links[current];
      image.src = link.href;
      image.alt = link.querySelector('img')?.alt ?? '';
      caption.textContent = link.dataset.caption ?? '';
      caption.hidden = !link.dataset.caption;
      position.textContent = `Ảnh ${current + 1}/${links.length}`;
    };

    links.forEach((link, index) =>
      link.addEventListener('click', (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        show(index);
        dialog.showModal();
        // Onwards is what a reader wants first (the browser would focus "previous").
        dialog.querySelector<HTMLElement>('[data-next]:not([hidden])')?.focus();
      }),
    );
    dialog.querySelector('[data-previous]')?.addEventListener('click', () => show(current - 1));
    dialog.querySelector('[data-next]')?.addEventListener('click', () => show(current + 1));
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') show(current - 1);
      else if (event.key === 'ArrowRight') show(current + 1);
      else return;
      event.preventDefault();
    });
    // A click on the backdrop (outside the picture's box) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Back to the thumbnail of the picture last seen, so that the reader goes on from there.
    dialog.addEventListener('close', () => links[current]?.focus());
    // With one picture there is nowhere to go: no previous or next button.
    if (links.length < 2) for (const button of dialog.querySelectorAll<HTMLElement>('[data-previous], [data-next]')) button.hidden = true;
  }
}
