import { expect, it } from 'vitest';
import { isStableClass } from '@/utils/site-rules/stable-class';

it.each(['tide-times', 'story__body', 'promoBox', 'related-stories', 'col-12', 'h2', 'ad_slot'])(
  'keeps the class %s, a name a person gave',
  (name) => expect(isStableClass(name)).toBe(true),
);

it.each(['css-1x9k2q', 'sc-bdVaJa', 'Header_title__3kd9F', 'jsx-2034885711', 'x7f3a9c2', 'kVbQZx', 'md:flex'])(
  'leaves out the class %s, which a new build would rename (or no plain selector can name)',
  (name) => expect(isStableClass(name)).toBe(false),
);
