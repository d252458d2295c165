// The attach worker: checks, hashes and thumbnails one file per job, so a 4 MB photo never blocks
// the board (decoding alone takes longer than a frame).
import { serveJobs } from '../../platform/workerClient';
import { prepareFile, type PrepareResult } from './prepareFile';

serveJobs<Blob, PrepareResult>(prepareFile);
