/**
 * Runs the extraction pipeline over every fixture and corpus page, for a CPU
 * profile: `node --cpu-prof --cpu-prof-dir=tmp/prof --import tsx scripts/bench/profile.ts [rounds]`,
 * then `npx tsx scripts/bench/profile-report.ts tmp/prof/<file>.cpuprofile`
 * for the time spent in each of Qari's own functions (self and total).
 */
import { extractArticle } from '../../utils/extract/extract';
import { loadPage } from '../load-page';
import { benchPages } from './node';

const rounds = Number(process.argv[2] ?? 10);
const docs = benchPages().map((p) => ({ doc: loadPage(p.file, p.url).window.document, url: p.url }));
for (let i = 0; i < rounds; i++) for (const { doc, url } of docs) extractArticle(doc, { url });
