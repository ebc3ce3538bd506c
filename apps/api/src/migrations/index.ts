import { InitialSchema1763798400000 } from './1763798400000-InitialSchema';
import { SearchIndex1763800000000 } from './1763800000000-SearchIndex';
import { RateLimits1764500000000 } from './1764500000000-RateLimits';
import { Accounts1796143587278 } from './1796143587278-Accounts';
import { AuditEvents1796144246007 } from './1796144246007-AuditEvents';
import { AccountTokenNewEmail1796144549380 } from './1796144549380-AccountTokenNewEmail';
import { Memberships1796148999902 } from './1796148999902-Memberships';
import { RealNamePublic1796149698182 } from './1796149698182-RealNamePublic';
import { Revisions1796152682020 } from './1796152682020-Revisions';
import { RecordVersionsArchive1796159068267 } from './1796159068267-RecordVersionsArchive';

/** Every migration, in order. Add new ones here (see README: "Adding a migration"). */
export const MIGRATIONS = [
  InitialSchema1763798400000,
  SearchIndex1763800000000,
  RateLimits1764500000000,
  Accounts1796143587278,
  AuditEvents1796144246007,
  AccountTokenNewEmail1796144549380,
  Memberships1796148999902,
  RealNamePublic1796149698182,
  Revisions1796152682020,
  RecordVersionsArchive1796159068267,
];
