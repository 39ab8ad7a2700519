/*
 * One idea's picture in an island: the registry's cached file, the same one the pages use.
 * The page passes each picture's address and words (pictureFiles in picture-urls.ts), so the
 * island's JavaScript carries neither the registry nor every address. Width and height are
 * set, so nothing moves when a picture loads.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { PictureName } from '../../lib/pictures/registry';
import type { PictureFile } from '../picture-urls';

/** The address and words of each picture an island shows, from its page. */
export type IslandPictures = Readonly<Partial<Record<PictureName, PictureFile>>>;

interface FilePictureProps {
  readonly pictures: IslandPictures;
  readonly name: PictureName;
  /** Width and height in CSS pixels (the picture is square; the page's style may change it). */
  readonly size?: number;
  readonly className?: string | undefined;
}

export function FilePicture({ pictures, name, size = 96, className }: FilePictureProps) {
  const file = pictures[name];
  if (file === undefined) return null;
  return (
    <img
      className={className}
      src={file.src}
      alt={file.alt}
      width={size}
      height={size}
      decoding="async"
      data-picture={name}
    />
  );
}

/** The pictures an island was given by its page, for the points and questions inside it. */
export const IslandPicturesContext = createContext<IslandPictures>({});

/**
 * One easy-read point or question inside an island: its picture on the left, at the site's
 * picture size, and its words or its box on the right (the guides' EasyReadRow, for islands).
 */
export function PicturePoint({ name, children }: { name: PictureName; children: ReactNode }) {
  const pictures = useContext(IslandPicturesContext);
  return (
    <div className="picture-point">
      <FilePicture pictures={pictures} name={name} className="picture-point__picture" />
      <div className="picture-point__words">{children}</div>
    </div>
  );
}
