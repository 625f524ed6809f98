/**
 * The journey's four widgets in one CDN file (`cdn/kits/journey.js`), for a page that has them
 * all: the test, the skillprint, the match list and the job-profile builder. One file, because
 * gzip compresses each file on its own: what the widgets have in common (Lit's and the widgets'
 * own patterns) compresses once here, where the shared build's chunks each start from nothing.
 * Each tag is still defined by its own define entry, so the rules of define() hold (a tag that
 * another version already defined is left alone).
 */
import '../define/pfw-assessment.js';
import '../define/pfw-skillprint.js';
import '../define/pfw-match-list.js';
import '../define/pfw-job-profile-builder.js';
