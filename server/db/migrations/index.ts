import type { Migration } from 'kysely'
import * as reading from './20261128T0900-reading'
import * as office from './20261128T1000-office'
import * as tips from './20261128T1100-tips'
import * as quiz from './20261128T1200-quiz'
import * as quizDesk from './20261210T0900-quiz-desk'
import * as quizSlices from './20261210T1000-quiz-slices'
import * as quizTally from './20261210T1100-quiz-tally'
import * as tipDesk from './20261216T0900-tip-desk'
import * as staffPlaces from './20261220T0900-staff-places'
import * as caseKinds from './20261222T0900-case-kinds'
import * as contentFacts from './20261222T1000-content-facts'
import * as hotlineFacts from './20261223T0900-hotline-facts'
import * as illustrativePlaces from './20261224T0900-illustrative-places'
import * as starterFacts from './20261225T0900-starter-facts'
import * as sessionOfficeKey from './20261226T0900-session-office-key'
import * as exposureIdentifiers from './20261227T0900-exposure-identifiers'
import * as uploadsInDatabase from './20261228T0900-uploads-in-database'
import * as quizQuestionCheck from './20261229T0900-quiz-question-check'
import { towns } from './20261230T0900-towns'
import * as townKeys from './20261231T0900-town-keys'
import * as staffTowns from './20270101T0900-staff-towns'
import { contentTowns } from './20270102T0900-content-towns'
import * as townHidden from './20270103T0900-town-hidden'
import { quizTowns } from './20270104T0900-quiz-towns'

/**
 * Every migration, by name. Listed in code rather than read from the folder so
 * the same list works under tsx, jest and any bundler. `firstTown` is the code
 * a database that served one town gives that town (TOWN_CODE).
 */
export const migrationsFor = (firstTown: string): Record<string, Migration> => ({
  '20261128T0900-reading': reading,
  '20261128T1000-office': office,
  '20261128T1100-tips': tips,
  '20261128T1200-quiz': quiz,
  '20261210T0900-quiz-desk': quizDesk,
  '20261210T1000-quiz-slices': quizSlices,
  '20261210T1100-quiz-tally': quizTally,
  '20261216T0900-tip-desk': tipDesk,
  '20261220T0900-staff-places': staffPlaces,
  '20261222T0900-case-kinds': caseKinds,
  '20261222T1000-content-facts': contentFacts,
  '20261223T0900-hotline-facts': hotlineFacts,
  '20261224T0900-illustrative-places': illustrativePlaces,
  '20261225T0900-starter-facts': starterFacts,
  '20261226T0900-session-office-key': sessionOfficeKey,
  '20261227T0900-exposure-identifiers': exposureIdentifiers,
  '20261228T0900-uploads-in-database': uploadsInDatabase,
  '20261229T0900-quiz-question-check': quizQuestionCheck,
  '20261230T0900-towns': towns(firstTown),
  '20261231T0900-town-keys': townKeys,
  '20270101T0900-staff-towns': staffTowns,
  '20270102T0900-content-towns': contentTowns(firstTown),
  '20270103T0900-town-hidden': townHidden,
  '20270104T0900-quiz-towns': quizTowns(firstTown)
})
