import type { LeadImage as LeadImageRecord } from '@/utils/extract/article';

/** The article's lead picture with its caption; nothing when its address is not a web image. */
export function LeadImage({ image }: { image: LeadImageRecord }) {
  if (!/^https?:\/\//i.test(image.src)) return null;
  return (
    <figure class="lead-image">
      <img src={image.src} alt={image.alt} />
      {image.caption && <figcaption>{image.caption}</figcaption>}
    </figure>
  );
}
