import { InitialSchema1763798400000 } from './1763798400000-InitialSchema';

/** Every migration, in order. Add new ones here (see README: "Adding a migration"). */
export const MIGRATIONS = [InitialSchema1763798400000];
