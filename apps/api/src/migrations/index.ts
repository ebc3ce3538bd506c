import { InitialSchema1763798400000 } from './1763798400000-InitialSchema';
import { SearchIndex1763800000000 } from './1763800000000-SearchIndex';

/** Every migration, in order. Add new ones here (see README: "Adding a migration"). */
export const MIGRATIONS = [InitialSchema1763798400000, SearchIndex1763800000000];
