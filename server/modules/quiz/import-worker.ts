/**
 * The quiz import's reading thread (started by import-thread.ts for one
 * spreadsheet): parses and checks it here, off the server's event loop, and
 * posts back the items and problems. A failure ends the thread with an error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { readQuizSheet, type SheetJob } from './import'

const { data, filename } = workerData as SheetJob
void readQuizSheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength), filename).then((result) => parentPort!.postMessage(result))
