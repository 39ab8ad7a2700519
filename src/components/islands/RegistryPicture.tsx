/*
 * One idea's picture from the pictures registry, for React code that may draw any idea (the
 * printed plan, loaded only when asked for): the same cached file the pages use, with the
 * registry's alt text. An island shown at first takes its pictures from its page (FilePicture).
 */
import { PICTURES, type PictureName } from '../../lib/pictures/registry';
import { pictureUrl } from '../picture-urls';
import { FilePicture } from './FilePicture';

interface Props {
  readonly name: PictureName;
  /** Width and height in CSS pixels (the picture is square). */
  readonly size?: number;
  readonly className?: string;
}

export function RegistryPicture({ name, size = 96, className }: Props) {
  const pictures = { [name]: { src: pictureUrl(name), alt: PICTURES[name].alt } };
  return <FilePicture pictures={pictures} name={name} size={size} className={className} />;
}
