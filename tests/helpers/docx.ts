// The .docx files the desk writes, read with real parsers (a zip reader and an XML parser), as Word
// would: the document's body, and its text run by run.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** The body of a .docx (word/document.xml), parsed. */
export async function docxDocument(file: string): Promise<Document> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return new DOMParser().parseFromString(await zip.file('word/document.xml')!.async('string'), 'text/xml') as unknown as Document;
}

/** The body's text: every run's text, in order, joined without separators. */
export async function docxText(file: string): Promise<string> {
  const t = (await docxDocument(file)).getElementsByTagName('w:t');
  return Array.from({ length: t.length }, (_, i) => t.item(i)!.textContent).join('');
}
