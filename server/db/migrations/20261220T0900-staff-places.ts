import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// Places (a keyed hash of the client's address) a staff member has signed in
// from. When an account is being guessed at from many addresses, it takes
// sign-ins only from these until the guessing stops, so the owner gets in and
// the guessers do not.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff_places')
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('place', 'varchar(64)', (c) => c.notNull())
    .addColumn('seen_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_places_pk', ['user_id', 'place'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff_places').execute()
}
