/*
 * One idea's picture from the pictures registry, for React islands: the same cached file
 * the pages use (Picture.astro), with the registry's alt text.
 */
import { PICTURES, type PictureName } from '../../lib/pictures/registry';
import { pictureUrl } from '../picture-urls';

interface Props {
  readonly name: PictureName;
  /** Width and height in CSS pixels (the picture is square). */
  readonly size?: number;
  readonly className?: string;
}

export function RegistryPicture({ name, size = 96, className }: Props) {
  return (
    <img
      src={pictureUrl(name)}
      alt={PICTURES[name].alt}
      width={size}
      height={size}
      className={className}
      decoding="async"
    />
  );
}
