import JSZip from 'jszip';

// A zip records when each file in it was written: fixed, so that the same content gives the same
// bytes every time (a rebuild keeps the file; a template written twice is the same file in git).
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

/** The workbook's creation and modification times, fixed for the same reason. */
export const WORKBOOK_TIME = FIXED_TIME;

/** An .xlsx (a zip) re-packed with every entry dated FIXED_TIME, in an ArrayBuffer of its own. */
export async function withFixedTimes(xlsx: ArrayBuffer | Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const written = await JSZip.loadAsync(xlsx);
  const fixed = new JSZip();
  for (const [name, file] of Object.entries(written.files))
    if (!file.dir) fixed.file(name, await file.async('uint8array'), { date: FIXED_TIME, createFolders: false });
  return new Uint8Array(await fixed.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
