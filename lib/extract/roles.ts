// A person's role (GUIDELINES §1), read off the title they are introduced with:
// the first title names the organization (`桑顿新能源科技有限公司行政总经理、工会主席`
// is a business post throughout). A private person's post (`村民`) decides
// first, then an official organ, then a company, then a school or institute;
// without one, the post's field decides, and official is the default.
import { BUSINESS_ORGANIZATIONS, OFFICIAL_ORGANS, PROFESSIONAL_ORGANIZATIONS } from './lexicon/organizations';
import { BUSINESS_POSTS, CITIZEN_POSTS, PROFESSIONAL_POSTS } from './lexicon/titles';
import type { Role } from './schema';

const endsWithOneOf = (posts: readonly string[]) => new RegExp(`(?:${posts.join('|')})$`);
const CITIZEN = endsWithOneOf(CITIZEN_POSTS);
const BUSINESS = endsWithOneOf(BUSINESS_POSTS);
const PROFESSIONAL = endsWithOneOf(PROFESSIONAL_POSTS);

export function roleOfTitle(title: string): Role {
  if (CITIZEN.test(title)) return 'citizen';
  if (OFFICIAL_ORGANS.test(title)) return 'official';
  if (BUSINESS_ORGANIZATIONS.test(title) || BUSINESS.test(title)) return 'business';
  if (PROFESSIONAL_ORGANIZATIONS.test(title) || PROFESSIONAL.test(title)) return 'professional';
  return 'official';
}
