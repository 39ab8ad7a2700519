/*
 * The address of each idea's picture in the built site. Vite copies each file from
 * src/assets/pictures with a hash of its content in its name, so a browser may keep it for
 * as long as it likes and a changed picture gets a new address.
 */
import {
  checkEveryIdeaHasItsOwnPicture,
  PICTURE_NAMES,
  PICTURES,
  type PictureName,
} from '../lib/pictures/registry';

// The build fails when two ideas share a picture (issue 16: one idea, one picture).
checkEveryIdeaHasItsOwnPicture(PICTURES);

const FILES = import.meta.glob<string>('../assets/pictures/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Thrown at build time when an idea has no picture file (run scripts/pictures/make-pictures.ts). */
export class MissingPictureError extends Error {
  constructor(name: string) {
    super(`The idea "${name}" has no picture in src/assets/pictures. Run the pictures script.`);
    this.name = 'MissingPictureError';
  }
}

const URLS = new Map<PictureName, string>(
  PICTURE_NAMES.map((name) => {
    const url = FILES[`../assets/pictures/${name}.svg`];
    if (url === undefined) throw new MissingPictureError(name);
    return [name, url];
  }),
);

/** The built address of an idea's picture, like "/_astro/council.B1x2.svg". */
export function pictureUrl(name: PictureName): string {
  const url = URLS.get(name);
  if (url === undefined) throw new MissingPictureError(name);
  return url;
}

/**
 * An idea's picture as an island needs it: its built address and what it shows. A page passes
 * these to an island, so the island's code carries neither the registry's words nor every address.
 */
export interface PictureFile {
  readonly src: string;
  readonly alt: string;
}

/** The address and words of each idea named, for an island's props. */
export function pictureFiles(
  names: readonly PictureName[],
): Partial<Record<PictureName, PictureFile>> {
  return Object.fromEntries(
    names.map((name) => [name, { src: pictureUrl(name), alt: PICTURES[name].alt }]),
  );
}
