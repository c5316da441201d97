// A person's role (GUIDELINES §1), read off the title they are introduced with:
// the first title names the organization (`桑顿新能源科技有限公司行政总经理、工会主席`
// is a business post throughout).
import { BUSINESS_MARKERS, CITIZEN_MARKERS, OFFICIAL_ORGANS, PROFESSIONAL_MARKERS } from './lexicon/titles';
import type { Role } from './schema';

export function roleOfTitle(title: string): Role {
  if (CITIZEN_MARKERS.test(title)) return 'citizen';
  if (OFFICIAL_ORGANS.test(title)) return 'official';
  if (BUSINESS_MARKERS.test(title)) return 'business';
  if (PROFESSIONAL_MARKERS.test(title)) return 'professional';
  return 'official';
}
